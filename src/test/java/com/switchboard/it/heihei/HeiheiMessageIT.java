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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static com.switchboard.it.heihei.HeiheiDueChatIT.item;
import static com.switchboard.it.heihei.HeiheiDueChatIT.unread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** HH-MSG-02..04, HH-ACT-13/14 and the Proposed send-im: direct messages and exact unread counts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiMessageIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    static JsonObject text(Heihei hh, User from, User to, String text) {
        return hh.call("api/msg/send-im", from, fields().add("toUserId", to.id()).add("msgType", "text")
                .add("content", Json.createObjectBuilder().add("text", text)));
    }

    @Test
    void aDirectMessageIsDeliveredListedAndCountedUnreadForTheRecipientOnly() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        Socket sb = hh.channel(b);
        JsonObject sent = text(hh, a, b, "你好");
        assertCode(0, sent);
        JsonObject im = sb.next(f -> "IM".equals(f.getString("msgType", "")));
        assertEquals("text", im.getJsonObject("msg").getString("msgType"));
        assertEquals("你好", im.getJsonObject("msg").getJsonObject("content").getString("text"));
        assertEquals(a.id(), im.getJsonObject("msg").getJsonNumber("fromUserId").longValue());
        assertEquals(1, sb.action("message-unread-count").getInt("count"));
        JsonObject bItem = item(hh, b, a);
        assertEquals("im", bItem.getJsonObject("data").getString("type"));
        assertEquals("你好", bItem.getString("text"));
        assertEquals(1, bItem.getInt("unreadCount"));
        assertEquals(1, unread(hh, b));
        assertEquals(0, unread(hh, a));
        assertEquals(0, item(hh, a, b).getInt("unreadCount"));

        JsonObject image = fields().add("toUserId", b.id()).add("msgType", "image")
                .add("content", Json.createObjectBuilder().add("img", "https://cdn.example.com/x.png")).build();
        assertCode(0, hh.call("api/msg/send-im", a, Heihei.fields(image)));
        assertEquals("[图片]", item(hh, b, a).getString("text"));
        assertCode(0, hh.call("api/msg/send-im", a, Heihei.fields(image).add("msgType", "audio").add("content",
                Json.createObjectBuilder().add("audio", "https://cdn.example.com/x.mp3").add("length", 12))));
        assertEquals("[语音]", item(hh, b, a).getString("text"));
        assertEquals("audio", sb.next(f -> "IM".equals(f.getString("msgType", ""))
                && "audio".equals(f.getJsonObject("msg").getString("msgType"))).getJsonObject("msg")
                .getString("msgType"));
        assertCode(0, hh.call("api/msg/send-im", a, Heihei.fields(image).add("msgType", "video").add("content",
                Json.createObjectBuilder().add("video", "https://cdn.example.com/x.mp4"))));
        assertEquals("[视频]", item(hh, b, a).getString("text"));
        assertCode(700, hh.call("api/msg/send-im", a, Heihei.fields(image).add("msgType", "audio").add("content",
                Json.createObjectBuilder().add("audio", "https://cdn.example.com/x.mp3").add("length", 0))));
        assertCode(700, hh.call("api/msg/send-im", a, Heihei.fields(image).add("msgType", "sticker")));
        assertCode(700, hh.call("api/msg/send-im", a, Heihei.fields(image).add("content",
                Json.createObjectBuilder().add("img", "javascript:alert(1)"))));
        assertCode(700, hh.call("api/msg/send-im", a, Heihei.fields(image).add("toUserId", a.id())));
        assertCode(710, hh.call("api/msg/send-im", a, Heihei.fields(image).add("toUserId", 1)));
        assertCode(0, hh.call("api/user/block-user", b, fields().add("userId", a.id())));
        assertCode(736, text(hh, a, b, "还在吗"), "blocked by the recipient");
        assertEquals(4, unread(hh, b), "a refused message counts nothing");

        assertCode(0, hh.call("api/msg/message-read-all", b, fields()));
        assertEquals(0, sb.next(f -> "message-unread-count".equals(f.getString("action", ""))
                && f.getInt("count") == 0).getInt("count"));
        assertEquals(0, unread(hh, b));
        assertCode(0, hh.call("api/msg/message-del", b, fields().add("userId", a.id())));
        assertNull(item(hh, b, a), "deleted on the caller's side");
        assertEquals("im", item(hh, a, b).getJsonObject("data").getString("type"), "the other side keeps it");
        sb.close();
    }

    @Test
    void concurrentMessagesFromSeveralSendersAreCountedExactly() throws Exception {
        User r = hh.signIn();
        List<User> senders = List.of(hh.signIn(), hh.signIn(), hh.signIn());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<JsonObject>> sent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            User from = senders.get(i % 3);
            int n = i;
            sent.add(pool.submit(() -> text(hh, from, r, "m" + n)));
        }
        for (Future<JsonObject> f : sent) {
            assertCode(0, f.get());
        }
        pool.shutdown();
        assertEquals(60, unread(hh, r));
        for (User s : senders) {
            assertEquals(20, item(hh, r, s).getInt("unreadCount"));
        }
        assertCode(0, hh.call("api/msg/message-read-all", r, fields()));
        assertEquals(0, unread(hh, r));
    }

    @Test
    void aRecipientWithoutASocketIsPushed() {
        User a = hh.signIn();
        User offline = hh.signIn();
        String cid = hh.registerGetui(offline);
        assertCode(0, text(hh, a, offline, "在吗"));
        Await.until(() -> hh.pushesTo(cid).stream().anyMatch(p -> "message".equals(p.getString("action", ""))),
                Duration.ofSeconds(10), () -> "no push for the offline recipient");
    }
}
