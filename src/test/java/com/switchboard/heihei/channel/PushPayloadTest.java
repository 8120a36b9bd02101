package com.switchboard.heihei.channel;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PushPayloadTest {
    /** The seed's live-invite message (§13.5 HH-ACT-15) as a later issue sends it. */
    private static final JsonObject INVITE = Json.createObjectBuilder().add("msgType", "action")
            .add("action", "live-invite").add("getuiAction", "live-invite").add("liveId", 1464245661396343070L)
            .add("text", "队长\"陌生人_再\"想邀请你加入队伍，是否加入？")
            .add("link", "wmlivesheihei://live?id=1464245661396343070&liveKey=12ac")
            .add("fromUserId", 10001).add("fromUserName", "陌生人_再").add("gender", "Male")
            .add("msgId", 1305830658323863951L).build();

    @Test
    void theSeedsInvitePushIsBuiltFromTheChannelMessage() {
        JsonObject p = PushPayload.of(INVITE, PushPayload.IOS, "3c34858b");
        assertEquals(INVITE.getString("text"), p.getString("title"));
        assertEquals(INVITE.getString("text"), p.getString("text"));
        assertEquals("live-invite", p.getString("action"));
        assertEquals(INVITE.getString("link"), p.getString("link"));
        assertEquals(1305830658323863951L, p.getJsonNumber("msgId").longValueExact());
        assertEquals(10001, p.getInt("fromUserId"));
        assertEquals("陌生人_再", p.getString("fromUserName"));
        assertEquals("Male", p.getString("gender"));
        assertEquals(Json.createObjectBuilder().build(), p.getJsonObject("data"));
        assertEquals("ios", p.getString("deviceType"));
        assertEquals("3c34858b", p.getString("clientid"));
    }

    @Test
    void apnsCarriesAnAlertBesideTheFields() {
        JsonObject apns = PushPayload.apns(PushPayload.of(INVITE, PushPayload.IOS, "t"));
        assertEquals(INVITE.getString("text"), apns.getJsonObject("aps").getJsonObject("alert").getString("body"));
        assertEquals("live-invite", apns.getString("action"));
    }

    @Test
    void onlyMessagesNamingAGetuiActionArePushedAndExpireWhenShownNoLonger() {
        assertTrue(PushPayload.wanted(INVITE));
        assertFalse(PushPayload.wanted(Json.createObjectBuilder().add("msgType", "toast").build()));
        assertFalse(PushPayload.wanted(Json.createObjectBuilder().add("getuiAction", " ").build()));
        assertEquals(HeiheiPush.DEFAULT_TTL, HeiheiPush.ttl(INVITE));
        assertEquals(Duration.ofSeconds(15), HeiheiPush.ttl(Json.createObjectBuilder().add("expireTime", 15).build()));
        assertEquals(Duration.ofDays(1), HeiheiPush.ttl(Json.createObjectBuilder().add("expireTime", 1L << 40).build()));
        assertEquals("", PushPayload.of(Json.createObjectBuilder().add("getuiAction", "live").build(),
                PushPayload.ANDROID, "c").getString("link"));
    }
}
