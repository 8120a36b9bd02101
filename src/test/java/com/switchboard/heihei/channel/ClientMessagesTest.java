package com.switchboard.heihei.channel;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientMessagesTest {
    @Test
    void anActionMessageCarriesItsFieldsAndAFreshIntegerMsgId() {
        JsonObject fields = Json.createObjectBuilder().add("roomId", 7).add("liveId", 7).build();
        JsonObject a = ClientMessages.action("stop-live", "直播结束", fields);
        JsonObject b = ClientMessages.action("stop-live", "直播结束", fields);
        assertEquals("action", a.getString("msgType"));
        assertEquals("stop-live", a.getString("action"));
        assertEquals("直播结束", a.getString("comment"));
        assertEquals(7, a.getInt("roomId"));
        assertTrue(a.getJsonNumber("msgId").isIntegral());
        assertNotEquals(a.getJsonNumber("msgId"), b.getJsonNumber("msgId"));
    }

    @Test
    void anImMessageHasTheExamplesShape() {
        JsonObject users = Json.createObjectBuilder().add("5", Json.createObjectBuilder().add("id", 5)
                .add("displayName", "a")).build();
        JsonObject jump = Json.createObjectBuilder().add("text", "去看看").add("link", "wmlivesheihei://topic/3").build();
        JsonObject im = ClientMessages.im(9, 5, "sysnotify", Json.createObjectBuilder().add("text", "赞了你")
                .add("img", "http://x/i.png").build(), jump, users, Instant.ofEpochSecond(1_800_000_000L));
        assertEquals("IM", im.getString("msgType"));
        JsonObject msg = im.getJsonObject("msg");
        assertEquals(9, msg.getInt("toUserId"));
        assertEquals(5, msg.getInt("fromUserId"));
        assertEquals("sysnotify", msg.getString("msgType"));
        assertEquals("赞了你", msg.getJsonObject("content").getString("text"));
        assertEquals(jump, msg.getJsonObject("jump"));
        assertEquals(1_800_000_000L, msg.getJsonNumber("createTime").longValueExact());
        assertTrue(msg.getString("tips").contains("不支持的消息类型"));
        assertEquals(users, im.getJsonObject("users"));
        JsonObject text = ClientMessages.im(9, 5, "text", Json.createObjectBuilder().add("text", "hi").build(), null,
                users, Instant.now());
        assertFalse(text.getJsonObject("msg").containsKey("jump"));
        assertThrows(IllegalArgumentException.class, () -> ClientMessages.im(9, 5, "sticker",
                Json.createObjectBuilder().build(), null, users, Instant.now()));
    }
}
