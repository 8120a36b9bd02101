package com.switchboard.it.heihei;

import com.switchboard.heihei.cohost.RtcTokensContract;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.Socket;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static com.switchboard.it.heihei.HeiheiGiftIT.started;
import static com.switchboard.it.heihei.HeiheiLiveIT.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HH-CONF-01..06 and HH-ACT-17..21: co-hosting from a request or an invitation to its end, over HTTP and the channel. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiCohostIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject conf(String path, User user, long liveId) {
        return live(hh, "api/live/" + path, user, liveId);
    }

    private JsonObject conf(String path, User user, long liveId, long userId) {
        return hh.call("api/live/" + path, user, fields().add("liveId", liveId).add("userId", userId));
    }

    private JsonObject confStatus(User caller, long uid, long liveId) {
        return hh.call("api/user/info", caller, fields().add("uid", uid).add("liveId", liveId))
                .getJsonObject("userStatus");
    }

    /** HH-LIVE-14: keeps a viewer in the room (the ITs drop viewers silent for 12 s). */
    private void beat(User viewer, long liveId) {
        assertCode(0, hh.call("api/live/heart-beat", viewer, fields().add("liveId", liveId).add("isCreator", 0)));
    }

    private static boolean status(JsonObject f, int status) {
        return "conference-status".equals(f.getString("action", "")) && f.getInt("status", -1) == status;
    }

    @Test
    void aRequestAcceptedByTheAnchorConnectsBothAndEndsWhenTheCohostQuits() throws Exception {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        User muted = hh.signIn();
        User outsider = hh.signIn();
        long liveId = started(hh, anchor);
        assertCode(0, live(hh, "api/live/join-live", viewer, liveId));
        assertCode(0, live(hh, "api/live/join-live", muted, liveId));
        Socket room = hh.channel(anchor);
        Socket viewerSocket = hh.channel(viewer);
        assertCode(0, hh.call("api/live/shutupuser", anchor, fields().add("liveId", liveId).add("userId", muted.id())));
        assertCode(722, conf("call-request", muted, liveId));
        assertCode(742, conf("call-request", outsider, liveId), "not in the room");
        assertCode(731, conf("call-request", viewer, 987_654_321L));
        assertEquals(1, confStatus(outsider, viewer.id(), liveId).getInt("confStatus"), "may request");

        JsonObject asked = conf("call-request", viewer, liveId);
        assertCode(0, asked);
        assertEquals(30, asked.getInt("expireTime"));
        room.action("live-users");
        JsonObject waiting = confStatus(anchor, viewer.id(), liveId);
        assertEquals(2, waiting.getInt("confStatus"), "a request waits");
        assertTrue(waiting.getInt("expireTime") > 0 && waiting.getInt("expireTime") <= 30);
        assertCode(700, conf("accept-conference", anchor, liveId), "the anchor names the viewer");
        assertCode(0, conf("accept-conference", anchor, liveId, viewer.id()));
        assertEquals(liveId, room.action("join-conference").getJsonNumber("liveId").longValue());
        assertEquals(liveId, viewerSocket.action("join-conference").getJsonNumber("liveId").longValue());
        assertCode(739, conf("accept-conference", anchor, liveId, muted.id()), "one co-host at a time");
        assertCode(750, conf("join-conference", muted, liveId), "not a party");

        JsonObject anchorJoin = conf("join-conference", anchor, liveId);
        assertCode(0, anchorJoin);
        JsonObject token = anchorJoin.getJsonObject("token");
        assertEquals("hh-live-" + liveId, token.getString("roomName"));
        assertTrue(token.getJsonNumber("expireTime").longValue() > System.currentTimeMillis() / 1000);
        assertEquals("admin", RtcTokensContract.access(token.getString("roomToken")).getString("permission"));
        assertEquals("hh-" + anchor.id(), RtcTokensContract.access(token.getString("roomToken")).getString("userId"));
        assertEquals(0, anchorJoin.getJsonObject("confStatus").getInt("status"));
        assertEquals(viewer.id(), anchorJoin.getJsonObject("confStatus").getJsonNumber("fromUserId").longValue());
        room.next(f -> status(f, 0));
        JsonObject viewerJoin = conf("join-conference", viewer, liveId);
        assertEquals("user", RtcTokensContract.access(viewerJoin.getJsonObject("token").getString("roomToken")).getString("permission"));

        beat(viewer, liveId);
        assertEquals(0, conf("conference-success", anchor, liveId).getJsonObject("confStatus").getInt("status"));
        assertEquals(1, conf("conference-success", viewer, liveId).getJsonObject("confStatus").getInt("status"));
        room.next(f -> status(f, 1));
        assertEquals(3, confStatus(anchor, viewer.id(), liveId).getInt("confStatus"));
        assertEquals(2, confStatus(viewer, muted.id(), liveId).getInt("confStatus"), "someone else co-hosts");

        beat(viewer, liveId);
        User late = hh.signIn();
        Socket lateSocket = hh.channel(late);
        assertCode(0, live(hh, "api/live/join-live", late, liveId));
        JsonObject told = lateSocket.next(f -> status(f, 1));
        assertEquals(viewer.id(), told.getJsonNumber("fromUserId").longValue(), "a late joiner sees who co-hosts");

        assertCode(0, conf("quit-conference", viewer, liveId));
        assertEquals(liveId, room.action("stop-conference").getJsonNumber("liveId").longValue());
        room.next(f -> status(f, 2));
        assertCode(742, conf("quit-conference", viewer, liveId), "no co-hosting any more");
        assertCode(750, conf("join-conference", viewer, liveId));
        assertCode(409, conf("accept-conference", anchor, liveId, viewer.id()), "the request was used");
        assertEquals(1, confStatus(anchor, viewer.id(), liveId).getInt("confStatus"));
        room.close();
        viewerSocket.close();
        lateSocket.close();
    }

    @Test
    void anInvitationIsAcceptedOrRefusedAndACohostingNeverConnectedIsEndedByTheServer() throws Exception {
        User anchor = hh.signIn();
        User invited = hh.signIn();
        User refuser = hh.signIn();
        long liveId = started(hh, anchor);
        assertCode(0, live(hh, "api/live/join-live", invited, liveId));
        assertCode(0, live(hh, "api/live/join-live", refuser, liveId));
        Socket room = hh.channel(anchor);
        Socket invitedSocket = hh.channel(invited);
        Socket refuserSocket = hh.channel(refuser);

        assertCode(409, conf("accept-conference", invited, liveId), "nothing to accept");
        assertEquals(0, conf("call-request", anchor, liveId, refuser.id()).getInt("expireTime"));
        JsonObject notify = refuserSocket.action("conference-notify");
        assertEquals(30, notify.getInt("expireTime"));
        assertEquals("主播邀你连线", notify.getString("text"));
        JsonObject pending = confStatus(anchor, refuser.id(), liveId);
        assertEquals(4, pending.getInt("confStatus"));
        assertTrue(pending.getInt("expireTime") > 0);
        assertCode(0, conf("refuse-conference", refuser, liveId, anchor.id()));
        assertCode(409, conf("accept-conference", refuser, liveId), "refused: gone");
        assertEquals(1, confStatus(anchor, refuser.id(), liveId).getInt("confStatus"));

        assertCode(0, conf("call-request", anchor, liveId, invited.id()));
        invitedSocket.action("conference-notify");
        assertCode(0, conf("accept-conference", invited, liveId));
        room.action("join-conference");
        invitedSocket.action("join-conference");
        beat(invited, liveId);
        assertCode(0, conf("join-conference", invited, liveId));
        assertCode(0, conf("conference-success", invited, liveId));
        // the anchor never reports the RTC push: within 6 s (and a sweep) the server ends it
        JsonObject stop = invitedSocket.action("stop-conference");
        assertEquals(liveId, stop.getJsonNumber("liveId").longValue());
        room.next(f -> status(f, 2));
        assertCode(750, conf("join-conference", invited, liveId));
        assertFalse(confStatus(anchor, invited.id(), liveId).getInt("confStatus") == 3);
        room.close();
        invitedSocket.close();
        refuserSocket.close();
    }
}
