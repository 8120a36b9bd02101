package com.switchboard.conference.webhook;

import com.switchboard.conference.webhook.IsvWebhook;
import com.switchboard.conference.isv.IsvSettings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One attempt of one callback: claimed and finished in their own short transactions, the HTTP POST between them
 * outside any, so a slow receiver holds no database or broker transaction. Plain http and loopback are allowed
 * (integrators test locally).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDelivery {
    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class.getName());

    @Inject
    WebhookOutbox outbox;
    @Inject
    IsvSettings settings;

    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void deliver(long id, int attempt) {
        Optional<WebhookOutbox.Claim> claimed = outbox.claim(id, attempt);
        if (claimed.isEmpty()) {
            return;
        }
        WebhookOutbox.Claim c = claimed.get();
        WebhookReply reply;
        String outcome;
        try {
            HttpResponse<String> response = http.send(request(c), HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            reply = IsvWebhook.RECORD.equals(c.kind()) ? WebhookReply.ofRecord(response.statusCode(), response.body())
                    : WebhookReply.ofStatus(response.statusCode(), response.body());
            outcome = "HTTP " + response.statusCode() + " " + response.body();
        } catch (IOException | IllegalArgumentException e) {
            reply = WebhookReply.RETRY;
            outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = WebhookReply.RETRY;
            outcome = "interrupted";
        }
        if (reply == WebhookReply.REJECTED) {
            LOG.log(Level.WARNING, "Callback {0} to {1} refused, not retried: {2}",
                    new Object[]{c.eventId(), c.url(), outcome});
        }
        outbox.finish(id, attempt, reply, outcome);
    }

    private HttpRequest request(WebhookOutbox.Claim c) {
        byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis());
        return HttpRequest.newBuilder(URI.create(c.url())).timeout(settings.readTimeout())
                .header("Content-Type", "application/json;charset=UTF-8")
                .header("X-Switchboard-Event-Id", c.eventId())
                .header("X-Switchboard-Timestamp", timestamp)
                .header("X-Switchboard-Signature", WebhookSignature.sign(c.key(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
