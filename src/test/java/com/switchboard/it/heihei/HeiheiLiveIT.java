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

import java.time.Duration;
import java.util.List;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HH-LIVE-01..19 and HH-USER-06 type 5: a live's lifecycle, being in its room, and the lists. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiLiveIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    /** HH-LIVE-01 by {@code anchor}: the live's id. */
    static long createLive(Heihei hh, User anchor, String title) {
        JsonObject reply = hh.call("api/live/create-live", anchor, fields().add("title", title));
        assertCode(0, reply);
        return reply.getJsonObject("live").getJsonNumber("liveId").longValueExact();
    }

    static JsonObject live(Heihei hh, String path, User user, long liveId) {
        return hh.call(path, user, fields().add("liveId", liveId));
    }

    @Test
    void aLiveIsCreatedStartedRetitledPausedStoppedAndDeletedByItsAnchorOnly() throws Exception {
        User anchor = hh.signIn();
        User other = hh.signIn();
        JsonObject created = hh.call("api/live/create-live", anchor, fields().add("title", "第一次直播"));
        assertCode(0, created);
        JsonObject live = created.getJsonObject("live");
        long liveId = live.getJsonNumber("liveId").longValueExact();
        assertEquals(0, live.getInt("status"));
        assertTrue(live.getString("pushAddr").startsWith("rtmp://"), live::toString);
        assertTrue(live.getString("pushAddr").contains("key="), "the push address carries a stream key");
        assertEquals("", live.getString("lookbackAddr"));
        assertTrue(created.getJsonObject("share").containsKey("wechat"));
        assertTrue(created.getJsonObject("liveOptions").getInt("countDownTime") > 0);
        assertCode(400, hh.call("api/live/create-live", anchor, fields().add("title", "again")), "one unclosed live");
        assertEquals(liveId, hh.call("api/live/unclosed-live", anchor, fields()).getJsonObject("live")
                .getJsonNumber("liveId").longValueExact());
        assertFalse(hh.call("api/live/unclosed-live", other, fields()).containsKey("live"));

        for (String path : List.of("api/live/start-live", "api/live/pause-live", "api/live/stop-live",
                "api/live/delete-live")) {
            assertCode(711, live(hh, path, other, liveId), path + " by someone else");
        }
        assertCode(731, live(hh, "api/live/start-live", anchor, 42L), "unknown live");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));

        Socket viewer = hh.channel(other);
        assertCode(0, live(hh, "api/live/join-live", other, liveId));
        JsonObject seen = live(hh, "api/live/get-live", other, liveId).getJsonObject("live");
        assertEquals(1, seen.getInt("status"));
        assertFalse(seen.containsKey("pushAddr"), "viewers never see the push address");
        assertCode(0, hh.call("api/live/change-live", anchor, fields().add("liveId", liveId).add("title", "新标题")));
        JsonObject change = viewer.action("live-change");
        assertEquals("新标题", change.getString("title"));
        assertEquals(liveId, change.getJsonNumber("liveId").longValueExact());

        assertCode(0, live(hh, "api/live/pause-live", anchor, liveId));
        assertCode(0, live(hh, "api/live/continue-live", anchor, liveId));
        assertCode(0, hh.call("api/live/set-live-visible", anchor, fields().add("liveId", liveId).add("visible", 0)));
        assertCode(700, hh.call("api/live/set-live-visible", anchor, fields().add("liveId", liveId).add("visible", 7)));

        JsonObject stopped = live(hh, "api/live/stop-live", anchor, liveId);
        assertCode(0, stopped);
        assertEquals(2, stopped.getJsonObject("live").getInt("status"));
        assertEquals(1, stopped.getJsonObject("live").getInt("totalUsers"));
        JsonObject stop = viewer.action("stop-live");
        assertFalse(stop.getJsonObject("live").containsKey("pushAddr"), stop::toString);
        assertEquals(2, stop.getJsonObject("live").getInt("status"));
        assertCode(735, live(hh, "api/live/pause-live", anchor, liveId));
        assertCode(725, live(hh, "api/live/join-live", other, liveId), "an ended live is not joinable");
        assertCode(0, live(hh, "api/live/get-live", other, liveId), "a replay is visible outside the room");

        assertEquals(4, live(hh, "api/live/delete-live", anchor, liveId).getJsonObject("live").getInt("status"));
        assertCode(731, live(hh, "api/live/get-live", other, liveId));
        assertCode(731, live(hh, "api/live/join-live", other, liveId));
        assertNull(viewer.poll(300), "nothing more from the ended room");
        viewer.close();
    }

    @Test
    void followersAreToldWhenALiveStartsOnTheirSocketOrByPushAndProfilesShowTheStream() {
        User anchor = hh.signIn();
        User online = hh.signIn();
        User offline = hh.signIn();
        User quiet = hh.signIn();
        for (User f : List.of(online, offline, quiet)) {
            assertCode(0, hh.call("api/user/follow", f, fields().add("userId", anchor.id())));
        }
        String offlineCid = hh.registerGetui(offline);
        String quietCid = hh.registerGetui(quiet);
        assertCode(0, hh.call("api/user/update-config", quiet, fields().add("push_enable", "0")));
        Socket socket = hh.channel(online);
        long liveId = createLive(hh, anchor, "开播");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));

        JsonObject notify = socket.action("start-live-notify");
        assertEquals("wmlivesheihei://live?id=" + liveId, notify.getString("link"));
        assertEquals(anchor.id(), notify.getJsonNumber("fromUserId").longValueExact());
        assertEquals("开播了", notify.getString("text-tail"));
        Await.until(() -> !hh.pushesTo(offlineCid).isEmpty(), Heihei.WAIT, () -> "no push to the offline follower");
        JsonObject pushed = hh.pushesTo(offlineCid).get(0);
        assertEquals("live", pushed.getString("action"));
        assertEquals("wmlivesheihei://live?id=" + liveId, pushed.getString("link"));

        JsonObject info = hh.call("api/user/info", online, fields().add("uid", anchor.id()));
        assertEquals(5, info.getJsonObject("userStatus").getInt("type"));
        assertEquals("wmlivesheihei://live?id=" + liveId, info.getJsonObject("userStatus").getString("jump"));
        assertCode(0, live(hh, "api/live/stop-live", anchor, liveId));
        assertFalse(hh.call("api/user/info", online, fields().add("uid", anchor.id())).containsKey("userStatus"));
        assertTrue(hh.pushesTo(quietCid).isEmpty(), "push_enable 0: no push");
        socket.close();
    }

    @Test
    void viewersJoinQuitAndAreListedWithTheRoomCounters() throws Exception {
        User anchor = hh.signIn();
        User a = hh.signIn();
        User b = hh.signIn();
        long liveId = createLive(hh, anchor, "房间");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));
        Socket anchorSocket = hh.channel(anchor);
        assertCode(506, live(hh, "api/live/get-live", a, liveId), "not in the room yet");
        assertCode(506, live(hh, "api/live/list-live-users", a, liveId));
        JsonObject status = live(hh, "api/live/knock-status", a, liveId);
        assertFalse(status.getBoolean("needKnock"));
        assertEquals(1, status.getInt("liveStatus"));

        Socket aSocket = hh.channel(a);
        assertCode(0, live(hh, "api/live/join-live", a, liveId));
        assertEquals(2, anchorSocket.action("live-users").getInt("totalCount"));
        assertCode(0, live(hh, "api/live/join-live", b, liveId));
        JsonObject counters = anchorSocket.action("live-users");
        assertEquals(3, counters.getInt("totalCount"));
        assertEquals(liveId, counters.getJsonNumber("liveId").longValueExact());

        JsonObject viewers = live(hh, "api/live/list-live-users", anchor, liveId);
        assertEquals(3, viewers.getInt("totalCount"));
        assertEquals(2, viewers.getJsonArray("users").size());
        JsonObject newest = viewers.getJsonArray("users").getJsonObject(0);
        assertTrue(newest.containsKey("name") && newest.containsKey("joinTime"), newest::toString);
        long cursor = viewers.getJsonArray("users").getJsonObject(1).getJsonNumber("joinTime").longValueExact();
        JsonObject older = hh.call("api/live/list-live-users", anchor, fields().add("liveId", liveId)
                .add("lastJoinTime", cursor).add("direction", 1));
        assertEquals(0, older.getJsonArray("users").size(), "nobody joined before the oldest");
        assertCode(700, hh.call("api/live/list-live-users", anchor, fields().add("liveId", liveId)
                .add("direction", 5)));

        JsonObject beat = hh.call("api/live/heart-beat", a, fields().add("liveId", liveId).add("isCreator", 0));
        assertTrue(beat.getInt("nextTimeout") > 0, beat::toString);
        assertCode(711, hh.call("api/live/heart-beat", a, fields().add("liveId", liveId).add("isCreator", 1)));

        assertCode(0, live(hh, "api/live/quit-live", a, liveId));
        assertEquals(2, anchorSocket.action("live-users").getInt("totalCount"));
        assertCode(506, hh.call("api/live/heart-beat", a, fields().add("liveId", liveId).add("isCreator", 0)));
        assertCode(0, hh.call("api/msg/send-msg", b, fields().add("liveId", liveId).add("roomId",
                live(hh, "api/live/get-live", b, liveId).getJsonObject("live").getJsonNumber("roomId").longValue())
                .add("text", "after a left")));
        assertTrue(aSocket.drain(500, f -> "text".equals(f.getString("msgType", ""))).isEmpty(),
                "a quit viewer gets no room frames");
        assertEquals(2, live(hh, "api/live/list-replay-users", a, liveId).getJsonArray("users").size());
        aSocket.close();
        anchorSocket.close();
    }

    @Test
    void listsShowLivesOnNowFollowedLivesAndOneUsersLives() {
        User anchor = hh.signIn();
        User fan = hh.signIn();
        assertCode(0, hh.call("api/user/follow", fan, fields().add("userId", anchor.id())));
        long liveId = createLive(hh, anchor, "列表");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));

        JsonObject recommended = hh.call("api/live/list-live-by-recommend", fan, fields());
        assertTrue(recommended.getJsonArray("lives").stream().anyMatch(l -> l.asJsonObject()
                .getJsonNumber("liveId").longValueExact() == liveId), recommended::toString);
        JsonObject followed = hh.call("api/live/list-live-by-follow", fan, fields());
        JsonObject card = followed.getJsonArray("lives").getJsonObject(0);
        assertEquals(liveId, card.getJsonNumber("liveId").longValueExact());
        assertTrue(card.getBoolean("isFollowed"));
        assertTrue(card.containsKey("roomUserCount") && card.containsKey("roomNowUserCount"));
        assertFalse(card.containsKey("pushAddr"));

        JsonObject theirs = hh.call("api/live/list-live-by-user", fan, fields().add("userId", anchor.id()));
        assertEquals(1, theirs.getInt("totalCount"));
        assertTrue(theirs.getBoolean("isFollowed"));
        assertEquals(1, hh.call("api/live/list-live-by-user", anchor, fields()).getInt("totalCount"));
        assertCode(710, hh.call("api/live/list-live-by-user", fan, fields().add("userId", 42)));
        assertCode(0, live(hh, "api/live/stop-live", anchor, liveId));
        assertEquals(liveId, hh.call("api/live/list-live-by-follow", fan, fields()).getJsonArray("lookbacks")
                .getJsonObject(0).getJsonNumber("liveId").longValueExact());
    }

    @Test
    void silentViewersLeaveAndASilentAnchorsLiveEnds() {
        User anchor = hh.signIn();
        User silent = hh.signIn();
        User beating = hh.signIn();
        long liveId = createLive(hh, anchor, "心跳");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));
        Socket socket = hh.channel(beating);
        assertCode(0, live(hh, "api/live/join-live", silent, liveId));
        assertCode(0, live(hh, "api/live/join-live", beating, liveId));
        int next = beat(beating, liveId, 0).getInt("nextTimeout");
        Duration window = Duration.ofSeconds(2L * next + 15);
        Await.until(() -> {
            assertCode(0, beat(anchor, liveId, 1));
            assertCode(0, beat(beating, liveId, 0));
            return live(hh, "api/live/knock-status", anchor, liveId).getInt("roomNowUserCount") == 1;
        }, window, () -> "the silent viewer is still in the room");
        assertCode(506, beat(silent, liveId, 0), "a dropped viewer is out of the room");
        Await.until(() -> {
            beat(beating, liveId, 0);
            return live(hh, "api/live/knock-status", anchor, liveId).getInt("liveStatus") == 2;
        }, window, () -> "the silent anchor's live did not end");
        assertEquals(liveId, socket.action("stop-live").getJsonObject("live").getJsonNumber("liveId").longValueExact());
        socket.close();
    }

    private JsonObject beat(User user, long liveId, int isCreator) {
        return hh.call("api/live/heart-beat", user, fields().add("liveId", liveId).add("isCreator", isCreator));
    }
}
