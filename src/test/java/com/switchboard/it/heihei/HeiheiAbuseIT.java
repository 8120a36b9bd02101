package com.switchboard.it.heihei;

import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one user can do to others and to the server is bounded: direct messages per sender and per recipient, reports
 * once per target, client logs by size and rate, concurrent follows idempotent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiAbuseIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject dm(User from, User to, int i) {
        return hh.call("api/msg/send-im", from, fields().add("toUserId", to.id()).add("msgType", "text")
                .add("content", Json.createObjectBuilder().add("text", "第" + i + "条")));
    }

    @Test
    void aBurstOfDirectMessagesToOneUserStopsAtThePerRecipientLimit() {
        User spammer = hh.signIn();
        User target = hh.signIn();
        User other = hh.signIn();
        int accepted = 0;
        for (int i = 0; i < 40; i++) {
            JsonObject reply = dm(spammer, target, i);
            if (reply.getInt("errorcode") == 0) {
                accepted++;
            } else {
                assertCode(400, reply, "over the limit: the heihei 'too often'");
            }
        }
        assertEquals(20, accepted, "20 a minute from one sender to one recipient");
        assertCode(0, dm(spammer, other, 0), "another recipient is still reachable");
        assertCode(0, dm(target, spammer, 0), "the limit is the sender's, not the recipient's");
    }

    @Test
    void reportsArePerReporterAndTargetAndFollowsRaceToOneRow() throws Exception {
        User reporter = hh.signIn();
        User target = hh.signIn();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<JsonObject>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                replies.add(pool.submit(() -> hh.call("api/user/follow", reporter, fields().add("userId", target.id()))));
                replies.add(pool.submit(() -> hh.call("api/user/report-user", reporter, fields()
                        .add("userId", target.id()).add("reportType", 1))));
            }
            for (Future<JsonObject> r : replies) {
                assertCode(0, r.get(), "identical requests at once all succeed");
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject following = hh.call("api/user/list-following", reporter, fields().add("userId", reporter.id()));
        assertTrue(following.toString().contains(Long.toString(target.id())), following::toString);
        assertEquals(1, hh.api.opsGet("ops/heihei/reports?userId=" + target.id()).getJsonArray("items").size(),
                "one report kept per reporter and target");
    }

    @Test
    void oneSignInOpensAtMostFiveSockets() {
        User user = hh.signIn();
        List<Heihei.Socket> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(hh.channel(user));
        }
        java.util.concurrent.CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.CompletionException.class, () -> hh.channel(user));
        assertEquals(429, ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
        open.remove(0).close();
        com.switchboard.testing.Await.until(() -> {
            try {
                open.add(hh.channel(user));
                return true;
            } catch (java.util.concurrent.CompletionException stillFive) {
                return false;
            }
        }, Heihei.WAIT, () -> "a closed socket's place was never freed");
        open.forEach(Heihei.Socket::close);
    }

    @Test
    void aProfileSaysOnlyWhatTheCallerFollowsAndBlocksWhateverCuidItNames() {
        User watcher = hh.signIn();
        User victim = hh.signIn();
        User target = hh.signIn();
        assertCode(0, hh.call("api/user/block-user", victim, fields().add("userId", target.id())));
        assertCode(0, hh.call("api/user/follow", victim, fields().add("userId", target.id())));
        JsonObject asVictim = hh.call("api/user/info", watcher, fields().add("uid", target.id())
                .add("cuid", victim.id())).getJsonObject("result");
        assertEquals(false, asVictim.getBoolean("isBlocked"), "another user's blocks are not the caller's to learn");
        assertEquals(false, asVictim.getBoolean("isFollowed"), asVictim::toString);
        JsonObject own = hh.call("api/user/info", victim, fields().add("uid", target.id()).add("cuid", victim.id()))
                .getJsonObject("result");
        assertEquals(true, own.getBoolean("isBlocked"), "the caller's own, with or without cuid");
    }

    @Test
    void aRefusedChannelUpgradeExplainsItselfInUtf8() throws Exception {
        URI uri = URI.create(com.switchboard.it.Api.BASE);
        try (java.net.Socket raw = new java.net.Socket(uri.getHost(), uri.getPort())) {
            raw.getOutputStream().write(("GET /ws/channel?token=forged HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nUpgrade: websocket\r\nConnection: close\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            raw.setSoTimeout(10_000);
            String reply = new String(raw.getInputStream().readNBytes(2048), StandardCharsets.UTF_8);
            assertTrue(reply.startsWith("HTTP/1.1 401"), reply);
            assertTrue(reply.contains("token无效"), "the body's Chinese survives: " + reply);
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("no reply to a refused upgrade", e);
        }
    }

    @Test
    void clientLogsAreBoundedInSizeAndRate() {
        User user = hh.signIn();
        assertCode(700, hh.call("api/sys/upload-log", user, fields().add("log", "x".repeat(16_385))));
        int accepted = 0;
        for (int i = 0; i < 15; i++) {
            if (hh.call("api/sys/upload-log", user, fields().add("log", "日志" + i)).getInt("errorcode") == 0) {
                accepted++;
            }
        }
        assertEquals(10, accepted, "ten logs a minute");
    }
}
