package com.switchboard.push.provider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;

/**
 * Apple Push Notification service, HTTP/2 provider API with token-based authentication: {@code POST
 * /3/device/<token>}, {@code authorization: bearer <ES256 JWT>} (kid = key id, iss = team id, iat), refreshed before
 * APNs' one-hour limit, and the {@code apns-topic}, {@code apns-push-type}, {@code apns-priority},
 * {@code apns-expiration} and {@code apns-collapse-id} headers. Uses the JDK HttpClient over HTTP/2.
 */
public final class ApnsProvider implements PushProvider {
    /** Production {@code https://api.push.apple.com}, sandbox {@code https://api.sandbox.push.apple.com}. */
    public record Config(URI endpoint, String teamId, String keyId, ECPrivateKey signingKey, String topic) {
    }

    /** APNs refuses provider tokens older than an hour and ones renewed more often than every 20 minutes. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(50);
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Set<String> INVALID_TOKEN_REASONS =
            Set.of("BadDeviceToken", "DeviceTokenNotForTopic", "Unregistered", "ExpiredToken");

    private final Config config;
    private final HttpClient http;
    private final Clock clock;
    private String providerToken;
    private long providerTokenIssuedAt;

    public ApnsProvider(Config config, HttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
    }

    public static HttpClient.Builder clientBuilder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(5));
    }

    @Override
    public PushResult send(PushNotification n) {
        if (n.token() == null || !n.token().matches("[0-9a-fA-F]{16,200}")) {
            return new PushResult.InvalidToken("BadDeviceToken");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(config.endpoint().resolve("/3/device/" + n.token()))
                .timeout(Duration.ofSeconds(10))
                .header("authorization", "bearer " + providerToken(false))
                .header("apns-topic", n.voip() ? config.topic() + ".voip" : config.topic())
                .header("apns-push-type", n.voip() ? "voip" : "alert")
                .header("apns-priority", "10")
                .header("apns-expiration", n.expiration() == null ? "0"
                        : String.valueOf(n.expiration().getEpochSecond()))
                .POST(HttpRequest.BodyPublishers.ofString(n.payload().toString(), StandardCharsets.UTF_8));
        if (n.collapseId() != null) {
            request.header("apns-collapse-id", n.collapseId());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new PushResult.Retry(RETRY_AFTER, "io: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PushResult.Retry(RETRY_AFTER, "interrupted");
        }
        int status = response.statusCode();
        String reason = reason(response.body());
        if (status == 200) {
            return new PushResult.Delivered(response.headers().firstValue("apns-id").orElse(""));
        }
        if (status == 410 || (status == 400 && INVALID_TOKEN_REASONS.contains(reason))) {
            return new PushResult.InvalidToken(reason);
        }
        if (status == 403 && "ExpiredProviderToken".equals(reason)) {
            providerToken(true);
            return new PushResult.Retry(Duration.ZERO, reason);
        }
        if (status == 429 || status >= 500) {
            return new PushResult.Retry(RETRY_AFTER, status + " " + reason);
        }
        return new PushResult.Failed(status + " " + reason);
    }

    private synchronized String providerToken(boolean renew) {
        long now = clock.millis();
        if (renew || providerToken == null || now - providerTokenIssuedAt >= TOKEN_LIFETIME.toMillis()) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(config.keyId()).build(),
                    new JWTClaimsSet.Builder().issuer(config.teamId()).issueTime(new Date(now / 1000 * 1000)).build());
            try {
                jwt.sign(new ECDSASigner(config.signingKey()));
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot sign the APNs provider token", e);
            }
            providerToken = jwt.serialize();
            providerTokenIssuedAt = now;
        }
        return providerToken;
    }

    /** APNs explains a failure as {@code {"reason":"…"}}. */
    private static String reason(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try (var reader = Jsons.createReader(new StringReader(body))) {
            return reader.readObject().getString("reason", "");
        } catch (JsonException | ClassCastException e) {
            return "";
        }
    }
}
