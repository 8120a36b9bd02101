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

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static com.switchboard.it.heihei.HeiheiGiftIT.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HH-CHAT-07..09, HH-ACT-02/07/13/14, HH-IM-05, HH-LINK-07/08: calls to a chosen user, answered or not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiDueChatIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject call(User caller, User callee) {
        return hh.call("api/chat/due-chat", caller, fields().add("userId", callee.id()));
    }

    private JsonObject accept(User callee, long chatId, User caller, int type) {
        return hh.call("api/chat/accept-chat", callee, fields().add("chatId", chatId).add("userId", caller.id())
                .add("type", type));
    }

    /** The caller's HH-MSG-02 item with {@code peer}. */
    static JsonObject item(Heihei hh, User owner, User peer) {
        JsonObject list = hh.call("api/msg/message-list", owner, fields());
        assertCode(0, list);
        return list.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("fromUserId").longValue() == peer.id()).findFirst().orElse(null);
    }

    static int unread(Heihei hh, User owner) {
        return hh.call("api/msg/message-list", owner, fields()).getInt("unreadMsgCount");
    }

    @Test
    void anAnsweredCallJoinsBothAndLeavesACallRecord() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        User c = hh.signIn();
        Socket sa = hh.channel(a);
        Socket sb = hh.channel(b);
        assertCode(700, call(a, a));
        JsonObject rang = call(a, b);
        assertCode(0, rang);
        long chatId = rang.getJsonNumber("chatId").longValue();
        assertEquals(4, rang.getInt("expireTime"));
        JsonObject notify = sb.action("due-chat-notify");
        assertEquals(chatId, notify.getJsonNumber("chatId").longValue());
        assertEquals(0, notify.getInt("type"));
        assertEquals(a.id(), notify.getJsonNumber("fromUserId").longValue());
        assertTrue(notify.getString("link").contains("acceptchat?chatId=" + chatId + "&type=0&userId=" + a.id()));
        assertEquals(6, hh.call("api/user/info", c, fields().add("uid", b.id())).getJsonObject("userStatus")
                .getInt("type"), "in a due-chat");
        assertCode(739, call(c, b), "rung by someone else");
        assertCode(732, accept(b, chatId, c, 0), "not a call from that user");

        assertCode(0, accept(b, chatId, a, 0));
        assertEquals(chatId, sa.action("join-chat").getJsonNumber("chatId").longValue());
        assertEquals(chatId, sb.action("join-chat").getJsonNumber("chatId").longValue());
        assertCode(0, hh.call("api/chat/join-chat", a, fields().add("chatId", chatId)));
        assertCode(0, hh.call("api/chat/join-chat", b, fields().add("chatId", chatId)));
        assertCode(739, call(c, b), "in a chat");
        assertCode(0, hh.call("api/chat/stop-chat", a, fields().add("chatId", chatId)));
        JsonObject record = sb.next(f -> "IM".equals(f.getString("msgType", "")));
        assertEquals("dueChat", record.getJsonObject("msg").getString("msgType"));
        assertEquals(1, record.getJsonObject("msg").getJsonObject("content").getInt("chatStatus"));
        assertEquals("call", item(hh, a, b).getJsonObject("data").getString("type"));
        assertEquals("call", item(hh, b, a).getJsonObject("data").getString("type"));
        assertTrue(item(hh, a, b).getString("link").endsWith("duechat?uid=" + b.id()));
        sa.close();
        sb.close();
    }

    @Test
    void anUnansweredOrCancelledCallLeavesCallingAndPostItemsAndCanBeCalledBack() throws Exception {
        User a = hh.signIn();
        User offline = hh.signIn();
        User e = hh.signIn();
        String cid = hh.registerGetui(offline);
        Socket sa = hh.channel(a);
        long first = call(a, offline).getJsonNumber("chatId").longValue();
        Await.until(() -> hh.pushesTo(cid).stream().anyMatch(p -> "duechat".equals(p.getString("action", ""))),
                Duration.ofSeconds(10), () -> "no duechat push for the offline callee");
        JsonObject pushed = hh.pushesTo(cid).stream().filter(p -> "duechat".equals(p.getString("action", "")))
                .findFirst().orElseThrow();
        assertTrue(pushed.getString("link").contains("acceptchat?chatId=" + first));
        assertCode(711, hh.call("api/chat/cancel-due-chat", offline, fields().add("chatId", first)));
        assertCode(0, hh.call("api/chat/cancel-due-chat", a, fields().add("chatId", first)));
        assertCode(732, hh.call("api/chat/cancel-due-chat", a, fields().add("chatId", first)), "no longer ringing");
        assertEquals("calling", item(hh, offline, a).getJsonObject("data").getString("type"));
        assertEquals(1, unread(hh, offline));
        assertEquals("post", sa.action("message").getJsonObject("data").getString("type"));

        User c = hh.signIn();
        Socket sc = hh.channel(c);
        long toCancel = call(a, c).getJsonNumber("chatId").longValue();
        sc.action("due-chat-notify");
        assertCode(0, hh.call("api/chat/cancel-due-chat", a, fields().add("chatId", toCancel)));
        JsonObject cancelled = sc.action("cancel-due-chat");
        assertEquals(toCancel, cancelled.getJsonNumber("chatId").longValue());
        assertEquals(a.id(), cancelled.getJsonNumber("fromUserId").longValue());
        sc.close();

        Socket se = hh.channel(e);
        long unanswered = call(a, e).getJsonNumber("chatId").longValue();
        se.action("due-chat-notify");
        // nobody answers: within expireTime and a sweep it is a missed call
        JsonObject missed = se.next(f -> "message".equals(f.getString("action", "")));
        assertEquals("calling", missed.getJsonObject("data").getString("type"));
        assertEquals(1, se.action("message-unread-count").getInt("count"));
        assertCode(732, accept(e, unanswered, a, 0), "too late");
        assertEquals("post", item(hh, a, e).getJsonObject("data").getString("type"), "the caller's post item");
        assertCode(0, accept(e, unanswered, a, 1), "a call back");
        JsonObject back = sa.action("due-chat-notify");
        assertEquals(1, back.getInt("type"));
        assertEquals(e.id(), back.getJsonNumber("fromUserId").longValue());
        sa.close();
        se.close();
    }

    @Test
    void mutualCallsJoinAtOnceAndLiveUsersCannotBeCalled() throws Exception {
        User f = hh.signIn();
        User g = hh.signIn();
        Socket sf = hh.channel(f);
        Socket sg = hh.channel(g);
        long chatId = call(f, g).getJsonNumber("chatId").longValue();
        sg.action("due-chat-notify");
        JsonObject back = call(g, f);
        assertCode(0, back);
        assertEquals(chatId, back.getJsonNumber("chatId").longValue(), "the call already ringing is joined");
        assertEquals(chatId, sf.action("join-chat").getJsonNumber("chatId").longValue());
        assertEquals(chatId, sg.action("join-chat").getJsonNumber("chatId").longValue());
        assertCode(0, hh.call("api/chat/stop-chat", g, fields().add("chatId", chatId)));

        User anchor = hh.signIn();
        started(hh, anchor);
        assertCode(738, call(f, anchor));
        sf.close();
        sg.close();
    }
}
