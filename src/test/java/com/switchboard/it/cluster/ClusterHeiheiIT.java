package com.switchboard.it.cluster;

import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei;
import com.switchboard.testing.Await;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * heihei on two instances sharing PostgreSQL and Artemis (run by the postgres-artemis profile, which builds instance
 * B): a user's sockets, live rooms and co-hosting reach the parties wherever they are connected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ClusterHeiheiIT {
    private final Heihei onA = new Heihei();
    private final Heihei onB = new Heihei(System.getProperty("it.second.instance"));

    @BeforeAll
    static void startSecondInstance() throws Exception {
        ClusterIT.startSecond();
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        ClusterIT.server("stop");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void aHeiheiToSingleSentOnAReachesTheUsersSocketsOnBothInstances() throws Exception {
        Heihei.User user = onA.signIn();
        Heihei.Socket socketA = onA.channel(user);
        Heihei.Socket socketB = onB.channel(user);
        List<JsonObject> sent = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) { // one after another: each socket gets them in that order, B's over the bus
            JsonObject msg = Json.createObjectBuilder().add("msgType", "system").add("text", "both " + i)
                    .add("msgId", i).build();
            Heihei.assertCode(0, onA.messageServer(Json.createObjectBuilder()
                    .add("timeStamp", System.currentTimeMillis()).add("type", "tosingle")
                    .add("targetUserId", user.id()).add("msg", msg).build().toString()));
            sent.add(msg);
        }
        for (Heihei.Socket socket : List.of(socketA, socketB)) {
            List<JsonObject> got = new java.util.ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                got.add(socket.next());
            }
            assertEquals(sent, got);
        }
        socketA.close();
        socketB.close();
    }

    /**
     * heihei room fan-out (HH-ENV-03): viewers of one live on two instances each get every room frame once, whichever
     * instance took the request; a viewer who joined through B quits through B and hears nothing more.
     */
    @Test
    void aLiveRoomsFramesReachItsViewersOnBothInstancesOnce() throws Exception {
        Heihei.User anchor = onA.signIn();
        Heihei.User viewerA = onA.signIn();
        Heihei.User viewerB = onA.signIn();
        JsonObject live = onA.call("api/live/create-live", anchor, Heihei.fields().add("title", "两台"))
                .getJsonObject("live");
        long liveId = live.getJsonNumber("liveId").longValueExact();
        long roomId = live.getJsonNumber("roomId").longValueExact();
        Heihei.assertCode(0, onA.call("api/live/start-live", anchor, Heihei.fields().add("liveId", liveId)));
        Heihei.Socket socketA = onA.channel(viewerA);
        Heihei.Socket socketB = onB.channel(viewerB);
        Heihei.assertCode(0, onA.call("api/live/join-live", viewerA, Heihei.fields().add("liveId", liveId)));
        Heihei.assertCode(0, onB.call("api/live/join-live", viewerB, Heihei.fields().add("liveId", liveId)));
        // the ITs drop a viewer silent for 12 s and end a live whose anchor was silent that long: on a loaded machine
        // the steps below can take that long, so all three beat as apps do
        Heihei.Beats beats = onA.beating(liveId, anchor, viewerA, viewerB);
        double[] quiet = {-1};
        Await.until(() -> { // the joins' live-users frames have all arrived
            double now = counter(onA, "received") + counter(onB, "received");
            boolean settled = now == quiet[0];
            quiet[0] = now;
            return settled;
        }, java.time.Duration.ofSeconds(10), () -> "bus deliveries did not settle");
        double published = counter(onA, "published") + counter(onB, "published");
        double received = counter(onA, "received") + counter(onB, "received");
        for (int i = 0; i < 6; i++) {
            Heihei via = i % 2 == 0 ? onA : onB;
            Heihei.User from = i % 2 == 0 ? viewerA : viewerB;
            Heihei.assertCode(0, via.call("api/msg/send-msg", from, Heihei.fields().add("liveId", liveId)
                    .add("roomId", roomId).add("text", "t" + i)));
        }
        for (Heihei.Socket socket : List.of(socketA, socketB)) {
            List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                texts.add(socket.ofType("text").getString("text"));
            }
            assertEquals(List.of("t0", "t1", "t2", "t3", "t4", "t5"), texts.stream().sorted().toList());
            assertTrue(socket.drain(500, f -> "text".equals(f.getString("msgType", ""))).isEmpty(), "no frame twice");
        }
        double sent = counter(onA, "published") + counter(onB, "published") - published;
        assertEquals(6, sent, "one bus message per room text");
        Await.until(() -> counter(onA, "received") + counter(onB, "received") - received == 2 * sent,
                java.time.Duration.ofSeconds(10), () -> "each bus message reaches each of the two instances once");
        beats.stop(viewerB);
        Heihei.assertCode(0, onB.call("api/live/quit-live", viewerB, Heihei.fields().add("liveId", liveId)));
        Heihei.assertCode(0, onA.call("api/live/change-live", anchor, Heihei.fields().add("liveId", liveId)
                .add("title", "改了")));
        assertEquals("改了", socketA.action("live-change").getString("title"));
        assertTrue(socketB.drain(800, f -> "live-change".equals(f.getString("action", ""))).isEmpty(),
                "the viewer who quit on B hears nothing more");
        beats.close();
        Heihei.assertCode(0, onB.call("api/live/stop-live", anchor, Heihei.fields().add("liveId", liveId)));
        socketA.action("stop-live");
        socketA.close();
        socketB.close();
    }

    /** {@code realtime_topic_frames_<which>_total} of that instance (its /metrics, or its own reading on WildFly). */
    private static double counter(Heihei instance, String which) {
        return com.switchboard.it.platform.Scrape.of(instance.api).value("realtime_topic_frames_" + which + "_total");
    }

    /**
     * Co-hosting (HH-CONF) with the anchor on A and the viewer on B: the request through B, the accept through A,
     * join-conference and stop-conference reach each party's socket on its own instance, the room's viewer on B sees
     * the co-host connected.
     */
    @Test
    void coHostingJoinsAnAnchorOnAAndAViewerOnB() throws Exception {
        Heihei.User anchor = onA.signIn();
        Heihei.User cohost = onA.signIn();
        Heihei.User watcher = onA.signIn();
        long liveId = onA.call("api/live/create-live", anchor, Heihei.fields().add("title", "连麦两台"))
                .getJsonObject("live").getJsonNumber("liveId").longValueExact();
        Heihei.assertCode(0, onA.call("api/live/start-live", anchor, Heihei.fields().add("liveId", liveId)));
        Heihei.Socket anchorOnA = onA.channel(anchor);
        Heihei.Socket cohostOnB = onB.channel(cohost);
        Heihei.Socket watcherOnB = onB.channel(watcher);
        Heihei.assertCode(0, onB.call("api/live/join-live", cohost, Heihei.fields().add("liveId", liveId)));
        Heihei.assertCode(0, onB.call("api/live/join-live", watcher, Heihei.fields().add("liveId", liveId)));
        Heihei.Beats beats = onA.beating(liveId, anchor, cohost, watcher);
        Heihei.assertCode(0, onB.call("api/live/call-request", cohost, Heihei.fields().add("liveId", liveId)));
        Heihei.assertCode(0, onA.call("api/live/accept-conference", anchor, Heihei.fields().add("liveId", liveId)
                .add("userId", cohost.id())));
        anchorOnA.action("join-conference");
        cohostOnB.action("join-conference");
        for (var side : List.of(new Object[]{onA, anchor}, new Object[]{onB, cohost})) {
            Heihei via = (Heihei) side[0];
            Heihei.User who = (Heihei.User) side[1];
            Heihei.assertCode(0, via.call("api/live/join-conference", who, Heihei.fields().add("liveId", liveId)));
            Heihei.assertCode(0, via.call("api/live/conference-success", who, Heihei.fields().add("liveId", liveId)));
        }
        JsonObject connected = watcherOnB.next(f -> "conference-status".equals(f.getString("action", ""))
                && f.getInt("status", -1) == 1);
        assertEquals(cohost.id(), connected.getJsonNumber("fromUserId").longValue());
        Heihei.assertCode(0, onA.call("api/live/quit-conference", anchor, Heihei.fields().add("liveId", liveId)));
        assertEquals(liveId, cohostOnB.action("stop-conference").getJsonNumber("liveId").longValue());
        watcherOnB.next(f -> "conference-status".equals(f.getString("action", "")) && f.getInt("status", -1) == 2);
        beats.close();
        anchorOnA.close();
        cohostOnB.close();
        watcherOnB.close();
    }

    /**
     * Matching (HH-CHAT-01) and due-chat (HH-CHAT-07) with the users on different instances: a user waiting through A
     * is matched by one arriving through B, both told on their own instance; a call through B rings a callee
     * connected to A and its acceptance through A joins both.
     */
    @Test
    void usersOnTwoInstancesAreMatchedAndCallEachOther() {
        Heihei.User a = onA.signIn();
        Heihei.User b = onA.signIn();
        Heihei.Socket sa = onA.channel(a);
        Heihei.Socket sb = onB.channel(b);
        Heihei.assertCode(0, onA.call("api/chat/match-chat", a, Heihei.fields()));
        Heihei.assertCode(0, onB.call("api/chat/match-chat", b, Heihei.fields()));
        long matched = sa.action("join-chat").getJsonNumber("chatId").longValue();
        assertEquals(matched, sb.action("join-chat").getJsonNumber("chatId").longValue());
        Heihei.assertCode(0, onB.call("api/chat/stop-chat", b, Heihei.fields().add("chatId", matched)));

        long call = onB.call("api/chat/due-chat", b, Heihei.fields().add("userId", a.id()))
                .getJsonNumber("chatId").longValue();
        assertEquals(call, sa.action("due-chat-notify").getJsonNumber("chatId").longValue());
        Heihei.assertCode(0, onA.call("api/chat/accept-chat", a, Heihei.fields().add("chatId", call)
                .add("userId", b.id()).add("type", 0)));
        assertEquals(call, sb.action("join-chat").getJsonNumber("chatId").longValue());
        assertEquals(call, sa.action("join-chat").getJsonNumber("chatId").longValue());
        sa.close();
        sb.close();
    }

    /** Direct messages to one user from senders on both instances at once: the unread count is exactly their number. */
    @Test
    void unreadCountsAreExactWithSendersOnBothInstances() throws Exception {
        Heihei.User to = onA.signIn();
        // five senders: 16 each stays under the per-recipient limit (20 a minute)
        List<Heihei.User> senders = List.of(onA.signIn(), onA.signIn(), onA.signIn(), onA.signIn(), onA.signIn());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<JsonObject>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Heihei via = i % 2 == 0 ? onA : onB;
            Heihei.User from = senders.get(i % senders.size());
            int n = i;
            sent.add(pool.submit(() -> via.call("api/msg/send-im", from, Heihei.fields().add("toUserId", to.id())
                    .add("msgType", "text").add("content", Json.createObjectBuilder().add("text", "m" + n)))));
        }
        for (var f : sent) {
            Heihei.assertCode(0, f.get());
        }
        pool.shutdown();
        assertEquals(80, onB.call("api/msg/message-list", to, Heihei.fields()).getInt("unreadMsgCount"));
        Heihei.assertCode(0, onB.call("api/msg/message-read-all", to, Heihei.fields()));
        assertEquals(0, onA.call("api/msg/message-list", to, Heihei.fields()).getInt("unreadMsgCount"));
    }
}
