package com.switchboard.it.platform;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.call.IosInvitation;
import com.switchboard.it.conference.IsvClient;
import com.switchboard.it.conference.WebhookReceiver;
import com.switchboard.it.heihei.Heihei;
import com.switchboard.it.signaling.Signal;
import com.switchboard.testing.Await;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static com.switchboard.it.conference.IsvClient.assertResult;
import static com.switchboard.it.conference.IsvClient.epochMillisNow;
import static com.switchboard.it.conference.IsvClient.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every metric family the README lists moves on {@code /metrics} when traffic of its kind goes through, as a
 * scraper sees it; levels read from the tables are sampled every 5 s, so those are awaited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {
    private static final Duration SAMPLED = Duration.ofSeconds(20);
    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private void awaitMetric(String key, java.util.function.DoublePredicate wanted) {
        Scrape[] last = {null};
        Await.until(() -> wanted.test((last[0] = Scrape.of(api)).value(key)), SAMPLED,
                () -> key + " never moved as expected; last " + (last[0] == null ? "no scrape" : last[0].value(key)));
    }

    @Test
    void lworkCallsDevicePushesQueuesSmsSignInsAndRequestsMove() {
        Scrape before = Scrape.of(api);
        assertFailed("account_not_exist", api.post("lwork/mobile/login", Json.createObjectBuilder()
                .add("acc", "nobody-" + Api.uniquePhone()).add("pwd", "x").add("device_id", "d")
                .add("clidata", Api.android()).build()));

        String phone = Api.uniquePhone();
        JsonObject code = Json.createObjectBuilder().add("acc", phone).add("device_id", "m-" + phone)
                .add("type", "register").build();
        assertOk(api.post("lwork/sms/auth_code", code));
        Await.until(() -> "too_frequent".equals(api.post("lwork/sms/auth_code", code).getString("reason", "")),
                Duration.ofSeconds(10), () -> "a second code inside the resend window was never refused");

        IosInvitation invitation = IosInvitation.ring(api);
        awaitMetric("device_pushes_sent_total{provider=\"apns\"}",
                v -> v > before.value("device_pushes_sent_total{provider=\"apns\"}"));
        invitation.hangUp(api);

        Api.User parked = api.selfRegister("dth_common");
        CompletableFuture<Api.Reply> poll = api.loginAndPark(parked, "android-m");
        awaitMetric("push_longpolls_parked", v -> v >= 1);

        Scrape after = Scrape.of(api);
        for (String moved : new String[]{"login_failures_total{app=\"lwork\"}", "sms_sent_total{app=\"lwork\"}",
                "sms_refused_total{app=\"lwork\"}", "calls_started_total{kind=\"p2p\"}", "call_p2p_invitations_total",
                "jms_messages_received_total{queue=\"push.dispatch\"}",
                "request_duration_seconds_count{family=\"lwork\"}", "request_failures_total{family=\"lwork\"}"}) {
            assertTrue(after.value(moved) > before.value(moved), moved + " did not move: " + before.value(moved));
        }
        assertTrue(after.values().keySet().stream().anyMatch(k -> k.startsWith("calls_ended_total{cause=")
                && k.contains("kind=\"p2p\"") && after.value(k) > before.value(k)), "no p2p call ended");
        assertTrue(after.values().keySet().stream().anyMatch(k -> k.startsWith("request_duration_seconds_bucket{")
                && k.contains("family=\"lwork\"")), "request latency is not a histogram");
        for (String level : new String[]{"calls_live{kind=\"p2p\"}", "jms_queue_depth{queue=\"push.dispatch\"}",
                "jms_queue_depth{queue=\"webhook.deliver\"}"}) {
            assertTrue(after.has(level), level + " missing");
        }
        poll.cancel(true);
    }

    @Test
    void heiheiRoomsViewersGiftsDiamondsMatchesAndSocketsMove() {
        Heihei hh = new Heihei();
        Scrape before = Scrape.of(api);
        Heihei.User anchor = hh.signIn();
        Heihei.User viewer = hh.signIn();
        Heihei.User waiting = hh.signIn();
        Heihei.Socket socket = hh.channel(viewer);
        long liveId = hh.call("api/live/create-live", anchor, Heihei.fields().add("title", "metrics"))
                .getJsonObject("live").getJsonNumber("liveId").longValueExact();
        Heihei.assertCode(0, hh.call("api/live/start-live", anchor, Heihei.fields().add("liveId", liveId)));
        Heihei.assertCode(0, hh.call("api/live/join-live", viewer, Heihei.fields().add("liveId", liveId)));
        assertEquals(200, hh.credit(viewer.id(), 1000, 0).status());
        Heihei.assertCode(0, hh.call("api/live/buy-gift", viewer, Heihei.fields().add("liveId", liveId)
                .add("giftId", "1").add("amount", 1)));
        Heihei.assertCode(0, hh.call("api/chat/match-chat", waiting, Heihei.fields()));

        awaitMetric("heihei_live_rooms", v -> v >= 1);
        awaitMetric("heihei_live_viewers", v -> v >= 1);
        awaitMetric("heihei_matches_waiting", v -> v >= 1);
        awaitMetric("realtime_sockets{channel=\"heihei\"}", v -> v >= 1);
        Scrape after = Scrape.of(api);
        for (String moved : new String[]{"heihei_gifts_total{place=\"live\"}",
                "heihei_diamonds_spent_total{use=\"gift\"}", "sms_sent_total{app=\"heihei\"}",
                "request_duration_seconds_count{family=\"heihei\"}"}) {
            assertTrue(after.value(moved) > before.value(moved), moved + " did not move: " + before.value(moved));
        }
        Heihei.assertCode(0, hh.call("api/chat/stop-match-chat", waiting, Heihei.fields()));
        Heihei.assertCode(0, hh.call("api/live/stop-live", anchor, Heihei.fields().add("liveId", liveId)));
        socket.close();
    }

    @Test
    void signalingSocketsSignInsAndIsvConferencesMove() throws Exception {
        Scrape before = Scrape.of(api);
        Signal signal = new Signal();
        assertEquals(3, signal.login(Signal.uniquePhone(), "no-device").getInt("errorCode"));
        try (Signal.Socket socket = signal.connect(signal.device())) {
            awaitMetric("realtime_sockets{channel=\"signaling\"}", v -> v >= 1);
        }
        assertTrue(Scrape.of(api).value("login_failures_total{app=\"signaling\"}")
                > before.value("login_failures_total{app=\"signaling\"}"));

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            IsvClient isv = new IsvClient(api);
            IsvClient.Account account = isv.account("com-" + UUID.randomUUID(), receiver.url("/status"),
                    receiver.url("/record"));
            isv.recharge(account, 100, "02", "0.10");
            // a callee that never answers keeps the conference live for the no-answer time
            assertResult("0", isv.get("createConference", signed("account_identify", account.identify(),
                    account.keyTemp(), epochMillisNow(), "caller", "13900000001", "phones", "13900000000",
                    "userId", "user-1")));
            awaitMetric("isv_conferences_live", v -> v >= 1);
        }
        Scrape after = Scrape.of(api);
        for (String level : new String[]{"isv_webhooks_pending", "isv_webhooks_dead_lettered"}) {
            assertTrue(after.has(level), level + " missing");
        }
        assertTrue(after.value("request_duration_seconds_count{family=\"isv\"}")
                > before.value("request_duration_seconds_count{family=\"isv\"}"));
    }

    /**
     * Every reply carries a correlation id (the client's own when it sent a plain one); a failure is one line of
     * Liberty's JSON log (the ITs run with WLP_LOGGING_MESSAGE_FORMAT=JSON) with family, path, reason and that id,
     * and no stack trace.
     */
    @Test
    void aFailureIsOneJsonLogLineWithItsCorrelationId() throws Exception {
        String id = "it-corr-" + UUID.randomUUID();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> failed = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/live/no-such"))
                .header("X-Request-Id", id).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(id, failed.headers().firstValue("X-Request-Id").orElse(null));
        HttpResponse<String> fresh = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/live/no-such"))
                .header("X-Request-Id", "not a plain id").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(fresh.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{16}"));

        Path log = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"),
                "usr/servers/switchboard/logs/messages.log");
        List<String> lines = Await.value(() -> readLines(log).stream().filter(l -> l.contains(id)).toList(),
                found -> !found.isEmpty(), Duration.ofSeconds(10), "no log line with " + id);
        assertEquals(1, lines.size(), lines::toString);
        JsonObject record = Json.createReader(new java.io.StringReader(lines.get(0))).readObject();
        String message = record.getString("message");
        assertTrue(message.contains("family=heihei") && message.contains("path=/api/live/no-such")
                && message.contains("reason=700") && message.contains("correlationId=" + id), message);
        assertFalse(record.containsKey("throwable") || message.contains("\tat "), "a stack trace: " + record);
    }

    private static List<String> readLines(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
