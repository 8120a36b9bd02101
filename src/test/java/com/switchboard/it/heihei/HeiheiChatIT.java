package com.switchboard.it.heihei;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HH-CHAT-01..06, 10..13 and HH-ACT-01, 03..06: random matching and the chat it opens, over HTTP and the channel. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiChatIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject chat(String path, User user, long chatId) {
        return hh.call("api/chat/" + path, user, fields().add("chatId", chatId));
    }

    private JsonObject match(User user) {
        JsonObject r = hh.call("api/chat/match-chat", user, fields());
        assertCode(0, r);
        return r;
    }

    private void stopMatching(User... users) {
        for (User u : users) {
            assertCode(0, hh.call("api/chat/stop-match-chat", u, fields()));
        }
    }

    /** HH-CHAT-10 for both (the ITs drop a chat user silent for 6 s). */
    private void beat(long chatId, User... users) {
        for (User u : users) {
            assertCode(0, chat("heart-beat", u, chatId));
        }
    }

    private static long joinChat(Socket socket) {
        return socket.action("join-chat").getJsonNumber("chatId").longValue();
    }

    @Test
    void twoWaitingUsersAreMatchedOnceButNeverAStoppedBlockedOrLiveOne() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        Socket sa = hh.channel(a);
        Socket sb = hh.channel(b);
        JsonObject waiting = match(a);
        assertEquals(15, waiting.getInt("expireTime"));
        assertFalse(waiting.getJsonArray("tips").isEmpty());
        match(b);
        long chatId = joinChat(sa);
        assertEquals(chatId, joinChat(sb), "both sides of the match name the same chat");
        assertCode(400, hh.call("api/chat/match-chat", a, fields()), "already in a chat");

        User stopper = hh.signIn();
        User late = hh.signIn();
        Socket sl = hh.channel(late);
        match(stopper);
        stopMatching(stopper);
        match(late);
        assertNull(sl.poll(500), "a user who stopped matching is never matched");

        User blocker = hh.signIn();
        assertCode(0, hh.call("api/user/block-user", blocker, fields().add("userId", late.id())));
        Socket sbl = hh.channel(blocker);
        match(blocker);
        assertNull(sbl.poll(500), "a blocked pair is not matched");
        User third = hh.signIn();
        Socket st = hh.channel(third);
        match(third);
        long next = joinChat(sl);
        assertEquals(next, joinChat(st), "the oldest waiting user who may chat is the partner");
        stopMatching(blocker);

        User anchor = hh.signIn();
        started(hh, anchor);
        assertCode(400, hh.call("api/chat/match-chat", anchor, fields()), "a user who is live is not matched");
        for (Socket s : new Socket[]{sa, sb, sl, sbl, st}) {
            s.close();
        }
    }

    @Test
    void aMatchedChatIsJoinedTalkedInGiftedAndEndedByEitherUser() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        User outsider = hh.signIn();
        Socket sa = hh.channel(a);
        Socket sb = hh.channel(b);
        match(a);
        match(b);
        long chatId = joinChat(sa);
        joinChat(sb);
        assertCode(732, chat("join-chat", outsider, chatId));
        assertCode(732, chat("get-chat", outsider, chatId));
        assertCode(732, chat("join-chat", a, 987_654_321L));

        JsonObject first = chat("join-chat", a, chatId).getJsonObject("chat");
        assertEquals(chatId, first.getJsonNumber("chatId").longValue());
        assertEquals(0, first.getInt("status"), "entering until both are in");
        JsonObject both = chat("join-chat", b, chatId).getJsonObject("chat");
        assertEquals(1, both.getInt("status"));
        assertEquals(2, both.getJsonArray("users").size());
        JsonObject status = sa.action("chat-user-status");
        assertEquals(chatId, status.getJsonNumber("chatId").longValue());
        String topic = sa.action("chat-topic").getString("text");
        assertFalse(topic.isBlank());
        assertCode(0, chat("change-topic", b, chatId));
        assertNotEquals(topic, sa.action("chat-topic").getString("text"));
        sb.action("chat-topic");

        beat(chatId, a, b);
        assertCode(0, chat("pause-chat", a, chatId));
        assertEquals("对方离开一下", sb.action("pause-chat").getString("text"));
        assertCode(0, chat("continue-chat", a, chatId));
        assertEquals("对方回来了", sb.action("goon-chat").getString("text"));
        assertTrue(chat("heart-beat", a, chatId).getInt("nextTimeout") > 0);

        JsonObject gift = fields().add("chatId", chatId).add("giftId", 1).add("userId", b.id()).add("amount", 1).build();
        assertCode(740, hh.call("api/chat/buy-gift", a, Heihei.fields(gift)), "no diamonds");
        assertEquals(200, hh.credit(a.id(), 3, 0).status());
        assertCode(732, hh.call("api/chat/buy-gift", a, Heihei.fields(gift).add("userId", outsider.id())));
        assertCode(730, hh.call("api/chat/buy-gift", a, Heihei.fields(gift).add("giftId", 99)));
        JsonObject paid = hh.call("api/chat/buy-gift", a, Heihei.fields(gift));
        assertCode(0, paid);
        assertEquals(2, paid.getInt("gold"));
        JsonObject frame = sb.ofType("gift");
        assertEquals(chatId, frame.getJsonNumber("roomId").longValue());
        assertEquals(1, frame.getJsonNumber("totalTicket").longValue());

        beat(chatId, a, b);
        JsonObject state = chat("get-chat", b, chatId).getJsonObject("chat");
        assertEquals(a.id(), state.getJsonNumber("createrId").longValue(), "the user who waited created it");
        JsonObject bRow = state.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("id").longValue() == b.id()).findFirst().orElseThrow();
        assertEquals(1, bRow.getJsonNumber("point").longValue());

        assertCode(0, chat("stop-chat", b, chatId));
        JsonObject left = sa.next(f -> "chat-user-status".equals(f.getString("action", ""))
                && f.getInt("status", -1) == 2);
        assertEquals(chatId, left.getJsonNumber("chatId").longValue());
        assertCode(732, chat("stop-chat", a, chatId), "ended");
        assertCode(732, chat("heart-beat", a, chatId));
        assertEquals(2, chat("get-chat", a, chatId).getJsonObject("chat").getInt("status"));
        assertCode(0, hh.call("api/chat/match-chat", a, fields()), "free to match again");
        stopMatching(a);
        sa.close();
        sb.close();
    }

    @Test
    void aUserWhoStopsHeartbeatingDropsOutAndThePartnerHearsIt() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        Socket sa = hh.channel(a);
        Socket sb = hh.channel(b);
        match(a);
        match(b);
        long chatId = joinChat(sa);
        joinChat(sb);
        assertCode(0, chat("join-chat", a, chatId));
        assertCode(0, chat("join-chat", b, chatId));
        int next = chat("heart-beat", a, chatId).getInt("nextTimeout");
        assertTrue(next > 0);
        // a keeps beating, b never does: within 2 × nextTimeout (and a sweep) b has dropped out
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(4L * next + 10).toNanos();
        JsonObject dropped = null;
        java.util.function.Predicate<JsonObject> drop = f -> "chat-user-status".equals(f.getString("action", ""))
                && f.getInt("status", -1) == 3;
        while (dropped == null && System.nanoTime() < deadline) {
            JsonObject beat = chat("heart-beat", a, chatId);
            if (beat.getInt("errorcode", -1) == 732) { // the drop ended the chat since the last poll: its frame is due
                dropped = sa.next(drop);
                break;
            }
            assertCode(0, beat);
            JsonObject f = sa.poll(500);
            if (f != null && drop.test(f)) {
                dropped = f;
            }
        }
        assertTrue(dropped != null, "the partner heard the drop");
        JsonObject bRow = dropped.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("id").longValue() == b.id()).findFirst().orElseThrow();
        assertEquals(3, bRow.getInt("status"), "b is the one who dropped out");
        assertCode(732, chat("heart-beat", a, chatId));
        sa.close();
        sb.close();
    }
}
