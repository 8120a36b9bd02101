package com.switchboard.it.heihei;

import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.Socket;
import com.switchboard.it.heihei.Heihei.User;
import com.switchboard.testing.Await;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static com.switchboard.it.heihei.HeiheiLiveIT.createLive;
import static com.switchboard.it.heihei.HeiheiLiveIT.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HH-LIVE-20..30 and HH-MSG-01: seats, invitations, knocks, kicks, mutes, likes, barrages and room text. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiRoomIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private long started(User anchor) {
        long liveId = createLive(hh, anchor, "房间测试");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));
        return liveId;
    }

    private JsonObject seat(User anchor, long liveId, Object unlock) {
        return hh.call("api/live/lock-live-seat", anchor, fields().add("liveId", liveId).add("unlock", unlock.toString()));
    }

    @Test
    void lockedSeatsFillTheRoomAndOnlyAnInvitationsKeyGetsPastIt() {
        User anchor = hh.signIn();
        long liveId = started(anchor);
        int seats = live(hh, "api/live/knock-status", anchor, liveId).getInt("roomUserCount");
        for (int i = 0; i < seats - 2; i++) {
            assertCode(0, seat(anchor, liveId, 0));
        }
        assertCode(502, seat(anchor, liveId, "false"), "two seats stay unlocked");
        User first = hh.signIn();
        User second = hh.signIn();
        User third = hh.signIn();
        assertCode(0, live(hh, "api/live/join-live", first, liveId));
        assertCode(0, live(hh, "api/live/join-live", second, liveId));
        assertTrue(live(hh, "api/live/knock-status", third, liveId).getBoolean("needKnock"));
        assertCode(505, live(hh, "api/live/join-live", third, liveId), "the room is full");
        assertCode(711, seat(first, liveId, 1), "seats are the anchor's");

        assertCode(0, live(hh, "api/live/knock-live-room", third, liveId));
        assertCode(504, live(hh, "api/live/knock-live-room", third, liveId), "one knock a minute");
        assertCode(711, live(hh, "api/live/knock-live-room", anchor, liveId));
        User friend = hh.signIn();
        assertCode(0, hh.call("api/user/follow", anchor, fields().add("userId", friend.id())));
        assertCode(0, hh.call("api/user/follow", anchor, fields().add("userId", third.id())));
        assertCode(0, hh.call("api/user/follow", anchor, fields().add("userId", first.id())));
        List<JsonObject> friends = live(hh, "api/live/invite-user-list", anchor, liveId).getJsonArray("users")
                .getValuesAs(JsonObject.class);
        assertEquals(2, friends.size(), "who is in the room is not listed");
        assertEquals(third.id(), friends.get(0).getJsonNumber("id").longValueExact(), "who knocked comes first");
        assertTrue(friends.get(0).getBoolean("knocked"));
        assertFalse(friends.get(1).getBoolean("knocked"));

        Socket thirdSocket = hh.channel(third);
        assertCode(0, hh.call("api/live/invite-user", anchor, fields().add("liveId", liveId).add("userId", third.id())));
        JsonObject invite = thirdSocket.action("live-invite");
        String key = invite.getString("liveKey");
        assertFalse(invite.getString("text").contains("#name#"), invite::toString);
        assertTrue(invite.getString("link").contains("liveKey="), invite::toString);
        assertCode(505, hh.call("api/live/join-live", friend, fields().add("liveId", liveId).add("liveKey", key)),
                "another user's key");
        assertCode(0, hh.call("api/live/join-live", third, fields().add("liveId", liveId).add("liveKey", key)));
        assertCode(0, live(hh, "api/live/quit-live", third, liveId));
        assertCode(505, hh.call("api/live/join-live", third, fields().add("liveId", liveId).add("liveKey", key)),
                "a key is used once");
        assertCode(0, seat(anchor, liveId, 1));
        assertCode(0, live(hh, "api/live/join-live", third, liveId), "an unlocked seat");
        thirdSocket.close();
    }

    @Test
    void aKickedUserIsToldAndIsOutOfTheRoomAndBlockedUsersCannotJoin() {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        User blocked = hh.signIn();
        long liveId = started(anchor);
        assertCode(0, hh.call("api/user/block-user", anchor, fields().add("userId", blocked.id())));
        assertCode(737, live(hh, "api/live/join-live", blocked, liveId));
        Socket socket = hh.channel(viewer);
        assertCode(0, live(hh, "api/live/join-live", viewer, liveId));
        assertCode(711, hh.call("api/live/kick-out-user", viewer, fields().add("liveId", liveId)
                .add("userId", anchor.id())));
        assertCode(0, hh.call("api/live/kick-out-user", anchor, fields().add("liveId", liveId)
                .add("userId", viewer.id())));
        assertEquals(liveId, socket.action("quit-live").getJsonNumber("liveId").longValueExact());
        assertCode(506, live(hh, "api/live/get-live", viewer, liveId));
        socket.close();
    }

    @Test
    void aMutedUserCannotSpeakUntilUnmutedAndTheRoomIsToldBothTimes() {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        long liveId = started(anchor);
        long roomId = live(hh, "api/live/join-live", viewer, liveId).getJsonObject("live").getJsonNumber("roomId")
                .longValueExact();
        Socket room = hh.channel(anchor);
        JsonObject target = fields().add("liveId", liveId).add("userId", viewer.id()).build();
        assertCode(711, hh.call("api/live/shutupuser", viewer, fields().add("liveId", liveId).add("userId", anchor.id())));
        assertCode(0, hh.call("api/live/shutupuser", anchor, Heihei.fields(target)));
        JsonObject muted = room.action("shutup-user");
        assertEquals(viewer.id(), muted.getJsonNumber("userId").longValueExact());
        assertEquals(roomId, muted.getJsonNumber("roomId").longValueExact());
        assertEquals(1, hh.call("api/live/isshutup", viewer, Heihei.fields(target)).getInt("isshutup"));
        assertCode(722, text(viewer, liveId, roomId, "还能说话吗"));
        assertCode(0, hh.call("api/live/shutupopen", anchor, Heihei.fields(target)));
        room.action("shutup-open-user");
        assertEquals(2, hh.call("api/live/isshutup", viewer, Heihei.fields(target)).getInt("isshutup"));
        assertCode(0, text(viewer, liveId, roomId, "能说话了"));
        JsonObject said = room.ofType("text");
        assertEquals("能说话了", said.getString("text"));
        assertEquals(viewer.id(), said.getJsonNumber("fromUserId").longValueExact());
        assertTrue(said.containsKey("fromUserName") && said.containsKey("coverUrl") && said.containsKey("msgId"));
        assertCode(733, text(viewer, liveId, roomId + 1, "wrong room"));
        assertCode(700, hh.call("api/msg/send-msg", viewer, fields().add("liveId", liveId).add("roomId", roomId)));
        room.close();
    }

    private JsonObject text(User user, long liveId, long roomId, String text) {
        return hh.call("api/msg/send-msg", user, fields().add("liveId", liveId).add("roomId", roomId).add("text", text));
    }

    @Test
    void likesSharesAndPaidBarragesReachTheRoom() {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        long liveId = started(anchor);
        assertCode(506, hh.call("api/live/live-like", viewer, fields().add("liveId", liveId).add("type", 1)));
        assertCode(0, live(hh, "api/live/join-live", viewer, liveId));
        Socket room = hh.channel(anchor);
        assertCode(700, hh.call("api/live/live-like", viewer, fields().add("liveId", liveId).add("type", 9)));
        assertCode(0, hh.call("api/live/live-like", viewer, fields().add("liveId", liveId).add("type", 2)));
        assertEquals(2, room.ofType("like").getInt("type"));
        assertTrue(live(hh, "api/live/share-live", viewer, liveId).getJsonObject("share").containsKey("weibo"));

        JsonObject bullet = fields().add("liveId", liveId).add("message", "主播好").build();
        assertCode(740, hh.call("api/live/buy-bullet", viewer, Heihei.fields(bullet)), "no diamonds");
        assertEquals(200, hh.credit(viewer.id(), 5, 0).status());
        JsonObject paid = hh.call("api/live/buy-bullet", viewer, Heihei.fields(bullet));
        assertCode(0, paid);
        JsonObject barrage = room.ofType("barrage");
        assertEquals("主播好", barrage.getString("text"));
        assertTrue(barrage.containsKey("totalTicket"));
        assertTrue(paid.getInt("gold") < 5 && paid.getInt("gold") >= 0, paid::toString);
        room.close();
    }

    @Test
    void aBurstOfLikesIsMergedAboveTheRoomCeilingWithNoLikeLost() throws Exception {
        User anchor = hh.signIn();
        long liveId = started(anchor);
        List<User> viewers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            User v = hh.signIn();
            assertCode(0, live(hh, "api/live/join-live", v, liveId));
            viewers.add(v);
        }
        Socket room = hh.channel(anchor);
        int likes = 120;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<JsonObject>> sent = new ArrayList<>();
            for (int i = 0; i < likes; i++) {
                User v = viewers.get(i % viewers.size());
                sent.add(CompletableFuture.supplyAsync(() -> hh.call("api/live/live-like", v,
                        fields().add("liveId", liveId).add("type", 1)), pool));
            }
            sent.forEach(f -> assertCode(0, f.join()));
        } finally {
            pool.shutdown();
        }
        long[] counted = {0};
        Await.until(() -> {
            try {
                room.drain(300, f -> "like".equals(f.getString("msgType", "")))
                        .forEach(f -> counted[0] += f.getInt("count", 1));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return counted[0] >= likes;
        }, Heihei.WAIT, () -> counted[0] + " of " + likes + " likes reached the room");
        assertEquals(likes, counted[0], "every like counted once, merged or not");
        room.close();
    }
}
