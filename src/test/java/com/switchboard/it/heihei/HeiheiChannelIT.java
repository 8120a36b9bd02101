package com.switchboard.it.heihei;

import com.switchboard.it.Deployments;
import com.switchboard.testing.Await;
import com.switchboard.it.heihei.Heihei.Socket;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.CompletionException;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** HH-WS-01 and HH-MSG-05: the channel socket and the message server's tosingle. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiChannelIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    static String toSingle(long userId, JsonObject msg) {
        return Json.createObjectBuilder().add("timeStamp", System.currentTimeMillis()).add("type", "tosingle")
                .add("targetUserId", userId).add("msg", msg).build().toString();
    }

    @Test
    void aHandshakeWithoutAValidTokenIsRefused() {
        CompletionException missing = assertThrows(CompletionException.class, () -> hh.channel(""));
        assertInstanceOf(WebSocketHandshakeException.class, missing.getCause());
        assertEquals(401, ((WebSocketHandshakeException) missing.getCause()).getResponse().statusCode());
        CompletionException forged = assertThrows(CompletionException.class, () -> hh.channel("forged-token"));
        assertEquals(401, ((WebSocketHandshakeException) forged.getCause()).getResponse().statusCode());
    }

    @Test
    void toSingleReachesEverySocketOfTheUserAndNobodyElse() throws Exception {
        User user = hh.signIn();
        User other = hh.signIn();
        Socket phone = hh.channel(user);
        Socket pad = hh.channel(user);
        Socket bystander = hh.channel(other);
        JsonObject msg = Json.createObjectBuilder().add("msgType", "toast").add("text", "你好")
                .add("expireTime", 3).add("msgId", 42).build();
        assertCode(0, hh.messageServer(toSingle(user.id(), msg)));
        assertEquals(msg, phone.next());
        assertEquals(msg, pad.next());
        assertNull(bystander.poll(500), "another user's socket got nothing");
        phone.close();
        pad.close();
        bystander.close();
    }

    @Test
    void aSignedEnvelopeWithANonceIsAcceptedOnceAndOnlyWhileFresh() throws Exception {
        User user = hh.signIn();
        Socket socket = hh.channel(user);
        JsonObject msg = Json.createObjectBuilder().add("msgType", "toast").add("text", "一次").build();
        String nonce = java.util.UUID.randomUUID().toString();
        String data = Json.createObjectBuilder().add("timeStamp", System.currentTimeMillis()).add("nonce", nonce)
                .add("type", "tosingle").add("targetUserId", user.id()).add("msg", msg).build().toString();
        assertCode(0, hh.messageServer(data));
        assertEquals(msg, socket.next());
        assertCode(701, hh.messageServer(data), "the same signed call again is a replay");
        String stale = Json.createObjectBuilder().add("timeStamp", System.currentTimeMillis() - 3_600_000)
                .add("nonce", java.util.UUID.randomUUID().toString()).add("type", "tosingle")
                .add("targetUserId", user.id()).add("msg", msg).build().toString();
        assertCode(701, hh.messageServer(stale), "an hour old");
        assertCode(700, hh.messageServer(Json.createObjectBuilder().add("nonce", "n-" + nonce).add("type", "tosingle")
                .add("targetUserId", user.id()).add("msg", msg).build().toString()), "a nonce needs its timeStamp");
        assertNull(socket.poll(500), "nothing refused was delivered");
        socket.close();
    }

    private List<JsonObject> pushesTo(String clientId) {
        return hh.pushesTo(clientId);
    }

    private static JsonObject startLiveNotify(long msgId) {
        return Json.createObjectBuilder().add("msgType", "action").add("action", "start-live-notify")
                .add("getuiAction", "live").add("link", "wmlivesheihei://live?id=77").add("text", "开播了")
                .add("fromUserId", 5).add("fromUserName", "主播").add("gender", "Female").add("msgId", msgId).build();
    }

    @Test
    void aMessageWithAPushActionIsPushedOnlyToUsersWithoutASocketWhoAllowPush() throws Exception {
        User online = hh.signIn();
        User quiet = hh.signIn();
        String onlineCid = "cid" + online.id();
        String quietCid = "cid" + quiet.id();
        hh.registerGetui(online);
        hh.registerGetui(quiet);
        assertCode(0, hh.messageServer(toSingle(online.id(), startLiveNotify(1))));
        Await.until(() -> !pushesTo(onlineCid).isEmpty(), Heihei.WAIT, () -> "no push while offline");
        JsonObject pushed = pushesTo(onlineCid).get(0);
        assertEquals("live", pushed.getString("action"));
        assertEquals("wmlivesheihei://live?id=77", pushed.getString("link"));
        assertEquals(onlineCid, pushed.getString("clientid"));
        assertEquals("android", pushed.getString("deviceType"));
        assertEquals(1, pushed.getInt("msgId"));

        Socket socket = hh.channel(online);
        assertCode(0, hh.messageServer(toSingle(online.id(), startLiveNotify(2))));
        assertEquals(2, socket.next().getInt("msgId"), "the socket got it instead");

        assertCode(0, hh.call("api/user/update-config", quiet, fields().add("push_enable", "0")));
        assertCode(0, hh.messageServer(toSingle(quiet.id(), startLiveNotify(3))));
        assertCode(0, hh.call("api/user/update-config", quiet, fields().add("push_enable", "1")));
        assertCode(0, hh.messageServer(toSingle(quiet.id(), startLiveNotify(4))));
        Await.until(() -> !pushesTo(quietCid).isEmpty(), Heihei.WAIT, () -> "no push once allowed again");
        assertEquals(List.of(4), pushesTo(quietCid).stream().map(p -> p.getInt("msgId")).toList());
        assertEquals(List.of(1), pushesTo(onlineCid).stream().map(p -> p.getInt("msgId")).toList());
        socket.close();
    }

    @Test
    void theMessageServerRefusesForgedSignaturesAndBadEnvelopes() {
        User user = hh.signIn();
        String data = toSingle(user.id(), Json.createObjectBuilder().add("msgType", "system").add("text", "x")
                .add("msgId", 1).build());
        assertCode(701, hh.post("messageserver/api/msg/send-msg.action", fields().add("data", data)
                .add("signature", "forged").build()));
        assertCode(700, hh.post("messageserver/api/msg/send-msg.action", fields().add("data", data).build()));
        assertCode(700, hh.messageServer("{\"type\":\"tosingle\"}"));
        assertCode(700, hh.messageServer("{\"type\":\"broadcast\",\"msg\":{}}"));
        assertCode(700, hh.messageServer("not json"));
    }
}
