package com.switchboard.it.platform;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei;
import com.switchboard.it.heihei.Heihei.Socket;
import com.switchboard.it.heihei.Heihei.User;
import com.switchboard.it.signaling.Signal;
import com.switchboard.testing.Await;
import com.switchboard.testing.StalledSocket;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that stops reading its socket (issue: one slow socket stalled its room, then the instance): its socket is
 * closed as too slow (1008) while the room's requests keep answering, its other listeners get every frame, the
 * instance keeps beating and direct messages still reach open sockets. The ITs' write timeout is 2 s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlowSocketIT {
    /** Enough to fill the kernel's buffers on both ends of a loopback connection several times. */
    private static final int FRAMES = 256;
    private static final String BULK = "x".repeat(32 * 1024);
    private final Heihei hh = new Heihei();
    private final Api api = new Api(Api.BASE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private static URI ws(String pathAndQuery) {
        return URI.create(Api.BASE.replaceFirst("^http", "ws") + pathAndQuery);
    }

    private double slowClosed() {
        return Scrape.of(api).value("realtime_sockets_closed_slow_total");
    }

    private JsonObject live(String path, User user, long liveId) {
        return hh.call(path, user, fields().add("liveId", liveId));
    }

    @Test
    void aViewerThatStopsReadingIsClosedWhileTheRoomGoesOn() throws Exception {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        User stalled = hh.signIn();
        User guest = hh.signIn();
        User friend = hh.signIn();
        JsonObject created = hh.call("api/live/create-live", anchor, fields().add("title", "慢连接"));
        assertCode(0, created);
        long liveId = created.getJsonObject("live").getJsonNumber("liveId").longValueExact();
        assertCode(0, live("api/live/start-live", anchor, liveId));
        Socket listening = hh.channel(viewer);
        Socket friendSocket = hh.channel(friend);
        String call = connectedLworkCall();
        try (StalledSocket slow = new StalledSocket(ws("ws/channel?token=" + stalled.token()), 8 * 1024)) {
            assertCode(0, live("api/live/join-live", viewer, liveId));
            assertCode(0, live("api/live/join-live", stalled, liveId));
            try (Heihei.Beats beats = hh.beating(liveId, anchor, viewer, stalled)) {
                flood(liveId, guest, slow, listening);
            }
            // The room still works, the instance still beats, and direct messages still arrive.
            assertCode(0, live("api/live/join-live", guest, liveId));
            assertCode(0, hh.call("api/msg/send-im", viewer, fields().add("toUserId", friend.id())
                    .add("msgType", "text").add("content", Json.createObjectBuilder().add("text", "还在吗"))));
            assertEquals("还在吗", friendSocket.next(f -> "IM".equals(f.getString("msgType", "")))
                    .getJsonObject("msg").getJsonObject("content").getString("text"));
            assertReadyAndBeating();
            assertEquals("hookoff", callStatus(call), "the instance kept beating: its call was never orphaned");
            assertCode(0, live("api/live/stop-live", anchor, liveId));
        }
    }

    /** The flood and the room's own requests at once, as in a busy room; the stalled socket ends as too slow. */
    private void flood(long liveId, User guest, StalledSocket slow, Socket listening) throws Exception {
        double slowBefore = slowClosed();
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < FRAMES; i++) {
                    JsonObject msg = Json.createObjectBuilder().add("msgType", "bulk").add("seq", i)
                            .add("text", BULK).build();
                    assertCode(0, hh.messageServer(Json.createObjectBuilder().add("type", "toLive")
                            .add("liveId", liveId).add("msg", msg).build().toString()));
                }
            }, sender);
            long slowest = 0;
            while (!flood.isDone()) {
                long start = System.nanoTime();
                assertCode(0, live("api/live/join-live", guest, liveId), "a join while a viewer stalls");
                assertCode(0, live("api/live/quit-live", guest, liveId), "a quit while a viewer stalls");
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
                slow.sendText("{}"); // not idle: it writes, it only never reads
            }
            flood.join();
            System.out.println("slowest join+quit during the flood: " + slowest + " ms");
            for (int i = 0; i < FRAMES; i++) {
                int seq = i;
                JsonObject f = listening.next(m -> "bulk".equals(m.getString("msgType", "")));
                assertEquals(seq, f.getInt("seq"), "the reading viewer gets every frame, in order");
            }
            Await.until(() -> slowClosed() > slowBefore, Duration.ofSeconds(20),
                    () -> "the stalled socket was never closed as too slow");
            StalledSocket.Drained drained = slow.drain(10_000);
            assertEquals(1008, drained.closeCode(), () -> "closed as too slow: " + drained.closeReason());
            assertEquals("too slow", drained.closeReason());
            assertTrue(drained.texts().size() < FRAMES, "the stalled socket did not get the whole flood");
        } finally {
            sender.shutdownNow();
        }
    }

    @Test
    void aRoomPeerThatStopsReadingIsClosedAndTheOtherHearsItLeave() throws Exception {
        Signal signal = new Signal();
        Signal.Dev a = signal.device();
        Signal.Dev b = signal.device();
        double slowBefore = slowClosed();
        try (Signal.Socket sa = signal.connect(a); Signal.Socket sb = signal.connect(b)) {
            com.switchboard.it.signaling.SignalingIT.awaitOnline(sa, sb, b);
            sa.send(Signal.call(b));
            JsonObject called = sb.next("called");
            String room = called.getString("room_id");
            sb.send(Signal.answer("called_success", called));
            sa.next("call_success");
            try (Signal.Socket p1 = signal.room(room);
                 StalledSocket p2 = new StalledSocket(ws("socket.io/room?room_id=" + room), 8 * 1024)) {
                p1.next("joined");
                p1.next("peer_joined");
                String sdp = "v=0 " + "y".repeat(60 * 1024);
                for (int i = 0; i < 160 && p1.isOpen(); i++) {
                    p1.send(Json.createObjectBuilder().add("type", "candidate").add("seq", i).add("sdp", sdp).build());
                    if (i % 10 == 0) {
                        p2.sendText("{\"type\":\"keep-alive\"}"); // answered invalid_frame, never relayed
                    }
                }
                Await.until(() -> slowClosed() > slowBefore, Duration.ofSeconds(20),
                        () -> "the stalled room peer was never closed as too slow");
                p1.next("peer_left");
                StalledSocket.Drained drained = p2.drain(10_000);
                assertEquals(1008, drained.closeCode(), () -> "closed as too slow: " + drained.closeReason());
            }
            // The device sockets were pinged all along and are still open; the instance beats.
            assertTrue(sa.isOpen() && sb.isOpen(), "the device sockets stay open");
            assertReadyAndBeating();
        }
    }

    /** An lwork call to a phone that answers (the simulated gateway), connected: VOIP-13, then VOIP-15 hookoff. */
    private String connectedLworkCall() {
        Api.User user = api.selfRegister("dth_common");
        String device = "android-" + user.account();
        Api.assertOk(api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", user.name())
                .add("pwd", user.pwd()).add("device_id", device)
                .add("clidata", Json.createObjectBuilder().add("os_type", "android")).build()));
        JsonObject started = api.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", user.uuid()).add("caller_phone", user.account())
                .add("callee_phone", com.switchboard.it.call.CallIT.ANSWERS)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", device).add("acc", user.account())
                .add("clidata", Api.android()).build());
        Api.assertOk(started);
        String sid = started.getString("session_id");
        Await.until(() -> "hookoff".equals(callStatus(sid)), Duration.ofSeconds(20), () -> "call " + sid + " never up");
        return sid;
    }

    private String callStatus(String sid) {
        return api.getJson("lwork/mobile/voip/calls?session_id=" + sid).getString("peer_status");
    }

    private void assertReadyAndBeating() {
        Api.Reply ready = api.get("health/ready", null);
        assertEquals(200, ready.status(), ready::body);
        JsonObject sweepers = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "sweepers".equals(c.getString("name"))).findFirst().orElseThrow();
        assertTrue(sweepers.getJsonObject("data").getJsonNumber("heartbeat-age-seconds").longValue() <= 3,
                sweepers::toString);
    }
}
