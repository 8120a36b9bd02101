package com.switchboard.it.heihei;

import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.Socket;
import com.switchboard.it.heihei.Heihei.User;
import com.switchboard.testing.Await;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static com.switchboard.it.heihei.HeiheiLiveIT.createLive;
import static com.switchboard.it.heihei.HeiheiLiveIT.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions and the channel: sign-out ends that token's sockets and push only; anchors hear their room; kicks hold. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiSessionsIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject dm(User from, User to, String text) {
        return hh.call("api/msg/send-im", from, fields().add("toUserId", to.id()).add("msgType", "text")
                .add("content", Json.createObjectBuilder().add("text", text)));
    }

    private static String im(JsonObject frame) {
        return frame.getJsonObject("msg").getJsonObject("content").getString("text");
    }

    @Test
    void signingOutClosesThatTokensSocketsAndUnregistersOnlyThePushItRegistered() {
        User phone = hh.signIn();
        User tablet = hh.signInAgain(phone);
        User friend = hh.signIn();
        String cid = hh.registerGetui(phone); // the phone's token registers the push device
        Socket onPhone = hh.channel(phone);
        Socket onTablet = hh.channel(tablet);

        assertCode(0, hh.call("api/user/sign-out", tablet, fields()));
        assertTrue(onTablet.awaitEnded().contains("signed out"), onTablet::awaitEnded);
        assertCode(0, dm(friend, phone, "还在"));
        assertEquals("还在", im(onPhone.next(f -> "IM".equals(f.getString("msgType", "")))));
        assertCode(720, hh.call("api/user/sign-out", tablet, fields()), "the token is gone");

        onPhone.close();
        int before = hh.pushesTo(cid).size();
        long[] lastSent = {0};
        Await.until(() -> { // a DM a second until one finds the phone offline and is pushed
            if (System.currentTimeMillis() - lastSent[0] >= 1_000) {
                lastSent[0] = System.currentTimeMillis();
                assertCode(0, dm(friend, phone, "推送"));
            }
            return hh.pushesTo(cid).size() > before;
        }, Heihei.WAIT, () -> "the phone's push registration outlived the tablet's sign-out");

        assertCode(0, hh.call("api/user/sign-out", phone, fields()));
        int after = hh.pushesTo(cid).size();
        assertCode(0, dm(friend, phone, "不推了"));
        assertEquals(after, hh.pushesTo(cid).size(), "the phone's own sign-out ends its push");
    }

    @Test
    void anAnchorWhoseSocketWasOpenBeforeTheLiveHearsItsRoom() {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        Socket anchorSocket = hh.channel(anchor);
        long liveId = createLive(hh, anchor, "早开的连接");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));
        assertCode(0, live(hh, "api/live/join-live", viewer, liveId));
        JsonObject users = anchorSocket.action("live-users");
        assertEquals(liveId, users.getJsonNumber("liveId").longValueExact(), users::toString);
        assertEquals(2, users.getInt("totalCount"), "the anchor and its viewer");
        assertCode(0, live(hh, "api/live/stop-live", anchor, liveId));
        anchorSocket.close();
    }

    @Test
    void aKickedViewerCannotJoinThatLiveAgainButOthersCan() throws Exception {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        long liveId = createLive(hh, anchor, "踢人");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));
        Socket socket = hh.channel(viewer);
        assertCode(0, live(hh, "api/live/join-live", viewer, liveId));
        assertCode(0, hh.call("api/live/kick-out-user", anchor, fields().add("liveId", liveId)
                .add("userId", viewer.id())));
        socket.action("quit-live");
        assertCode(737, live(hh, "api/live/join-live", viewer, liveId), "kicked out: no way back in at once");
        assertCode(0, hh.call("api/live/change-live", anchor, fields().add("liveId", liveId).add("title", "还在")));
        assertNull(socket.poll(500), "the kicked viewer hears nothing of the room");
        assertCode(0, live(hh, "api/live/join-live", hh.signIn(), liveId), "others still join");
        socket.close();
    }
}
