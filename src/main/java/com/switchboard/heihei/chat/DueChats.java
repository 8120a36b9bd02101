package com.switchboard.heihei.chat;

import com.switchboard.heihei.HeiheiLimits;
import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiChannel;
import com.switchboard.heihei.channel.HeiheiPush;
import com.switchboard.heihei.link.DeepLinks;
import com.switchboard.heihei.live.LiveFeed;
import com.switchboard.heihei.message.Conversations;
import com.switchboard.heihei.message.Inboxes;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.db.SqlValues;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Due-chat (HH-CHAT-07..09): a call to a chosen user that rings for {@code expireTime} seconds. Every step locks the
 * two users' inboxes (lowest id first), so a callee rings for one caller at a time, mutual calls join at once, and an
 * unanswered call leaves exactly one {@code calling} item for the callee and one {@code post} item for the caller.
 */
@Stateless
public class DueChats {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A due-call as stored. */
    record Call(long chatId, long caller, long callee, int type, String status, Instant expiresAt) {
        boolean ringing(Instant now) {
            return "ringing".equals(status) && expiresAt.isAfter(now);
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    HeiheiLimits limits;
    @Inject
    Chats chats;
    @Inject
    Inboxes inboxes;
    @Inject
    Conversations conversations;
    @Inject
    HeiheiUsers users;
    @Inject
    SocialService social;
    @Inject
    LiveFeed lives;
    @Inject
    HeiheiPush push;
    @Inject
    HeiheiChannel channel;
    @Inject
    ChatSettings settings;
    @Inject
    HeiheiSettings heihei;

    /**
     * HH-CHAT-07 (and HH-CHAT-09 type 1, a call back): 738 the callee is live, 739 the callee is in a chat or rung by
     * someone else (or has blocked the caller: not said); when the callee is calling the caller, both join at once.
     * @return the call's chat id
     */
    public long call(long caller, long callee, int type) {
        if (caller == callee) {
            throw HeiheiFailure.badParam("userId is the caller");
        }
        HeiheiUser to = users.find(callee).orElseThrow(HeiheiFailure::noUser);
        limits.take(HeiheiLimits.Action.DUE_CHAT, caller, callee);
        if (lives.streaming(callee).isPresent()) {
            throw new HeiheiFailure(738, "该用户正在直播");
        }
        inboxes.lock(caller, callee);
        Instant now = Instant.now();
        if (chats.busy(caller)) {
            throw new HeiheiFailure(400, "正在对聊中，请先结束对聊");
        }
        if (chats.busy(callee) || social.blocks(callee, caller)) {
            throw busy();
        }
        Optional<Call> ringingCallee = ringingTo(callee);
        if (ringingCallee.isPresent() && ringingCallee.get().caller() != caller) {
            throw busy();
        }
        Optional<Call> mutual = ringingTo(caller).filter(c -> c.caller() == callee);
        if (mutual.isPresent()) {
            settle(mutual.get(), "accepted");
            chats.create(Chat.DUE, mutual.get().chatId(), callee, caller, now);
            return mutual.get().chatId();
        }
        ringingCallee.ifPresent(c -> settle(c, "cancelled")); // the caller calling again
        ringingFrom(caller).ifPresent(c -> missed(c, now, true)); // the caller's earlier call to someone else
        long chatId = RANDOM.nextLong(1, Long.MAX_VALUE);
        em.createNativeQuery("INSERT INTO hh_due_call (chat_id, caller_id, callee_id, type, status, expires_at, "
                        + "created_at, ringing_callee, ringing_caller) VALUES (?1, ?2, ?3, ?4, 'ringing', ?5, ?6, ?3, ?2)")
                .setParameter(1, chatId).setParameter(2, caller).setParameter(3, callee).setParameter(4, type)
                .setParameter(5, now.plusSeconds(settings.dueChatSeconds())).setParameter(6, now).executeUpdate();
        HeiheiUser from = users.get(caller);
        push.toUser(to.id(), ClientMessages.action("due-chat-notify", "约聊邀请", Jsons.createObjectBuilder()
                .add("expireTime", settings.dueChatSeconds()).add("chatId", chatId).add("type", type)
                .add("fromUserId", from.id()).add("fromUserName", from.displayName()).add("gender", from.gender())
                .add("coverUrl", from.coverUrl()).add("birthDay", UserJson.birthDay(from))
                .add("text", from.displayName() + "邀请你约聊")
                .add("link", new DeepLinks(heihei.linkScheme()).acceptChat(chatId, type, from.id(),
                        from.displayName(), from.gender()))
                .add("needstore", true).add("getuiAction", "duechat").build()));
        return chatId;
    }

    /** HH-CHAT-08: the callee gets {@code cancel-due-chat}; 732 unknown or no longer ringing, 711 not the caller. */
    public void cancel(long caller, long chatId) {
        Call call = find(chatId).orElseThrow(Chats::invalid);
        if (call.caller() != caller) {
            throw new HeiheiFailure(711, "权限不足");
        }
        inboxes.lock(call.caller(), call.callee());
        Call now = find(chatId).filter(c -> c.ringing(Instant.now())).orElseThrow(Chats::invalid);
        missed(now, Instant.now(), true);
    }

    /**
     * HH-CHAT-09: type 0 answers the ringing call from {@code userId} (both get {@code join-chat}); type 1 calls
     * {@code userId} back after a call of theirs to the caller. 732 for a call that is not that.
     */
    public void accept(long callee, long chatId, long userId, int type) {
        Call call = find(chatId).filter(c -> c.caller() == userId && c.callee() == callee)
                .orElseThrow(Chats::invalid);
        if (type == 1) {
            call(callee, userId, 1);
            return;
        }
        if (type != 0) {
            throw HeiheiFailure.badParam("type must be 0 or 1");
        }
        inboxes.lock(call.caller(), call.callee());
        Instant now = Instant.now();
        Call ringing = find(chatId).filter(c -> c.ringing(now)).orElseThrow(Chats::invalid);
        if (chats.busy(callee) || chats.busy(ringing.caller())) {
            throw Chats.invalid();
        }
        settle(ringing, "accepted");
        chats.create(Chat.DUE, chatId, ringing.caller(), callee, now);
    }

    /** Calls still ringing after their time, for the sweep. */
    public List<Long> overdue(Instant now) {
        List<?> ids = em.createNativeQuery("SELECT chat_id FROM hh_due_call WHERE status = 'ringing' "
                + "AND expires_at <= ?1").setParameter(1, now).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    /** The sweep's step: an unanswered call becomes a missed one. */
    public void expire(long chatId, Instant now) {
        find(chatId).ifPresent(c -> {
            inboxes.lock(c.caller(), c.callee());
            find(chatId).filter(x -> "ringing".equals(x.status()) && !x.expiresAt().isAfter(now))
                    .ifPresent(x -> missed(x, now, false));
        });
    }

    /** Whether the user is ringing or being rung (HH-USER-06 type 6). */
    public boolean ringing(long userId) {
        return ringingTo(userId).or(() -> ringingFrom(userId)).filter(c -> c.ringing(Instant.now())).isPresent();
    }

    /** Missed or cancelled: the callee's {@code calling} item (unread), the caller's {@code post} item. */
    private void missed(Call c, Instant now, boolean cancelled) {
        settle(c, cancelled ? "cancelled" : "missed");
        conversations.record(c.callee(), c.caller(), "calling", null, true, now);
        conversations.record(c.caller(), c.callee(), "post", null, false, now);
        if (cancelled) {
            HeiheiUser from = users.get(c.caller());
            JsonObject frame = ClientMessages.action("cancel-due-chat", "取消约聊", Jsons.createObjectBuilder()
                    .add("chatId", c.chatId()).add("fromUserId", from.id()).add("fromUserName", from.displayName())
                    .add("gender", from.gender()).add("coverUrl", from.coverUrl()).build());
            chats.afterCommit(() -> channel.toSingle(c.callee(), frame));
        }
    }

    private void settle(Call c, String status) {
        em.createNativeQuery("UPDATE hh_due_call SET status = ?2, ringing_callee = NULL, ringing_caller = NULL "
                + "WHERE chat_id = ?1").setParameter(1, c.chatId()).setParameter(2, status).executeUpdate();
    }

    private Optional<Call> find(long chatId) {
        return one("chat_id = ?1", chatId);
    }

    private Optional<Call> ringingTo(long callee) {
        return one("ringing_callee = ?1", callee);
    }

    private Optional<Call> ringingFrom(long caller) {
        return one("ringing_caller = ?1", caller);
    }

    private Optional<Call> one(String where, long id) {
        List<?> rows = em.createNativeQuery("SELECT chat_id, caller_id, callee_id, type, status, expires_at "
                + "FROM hh_due_call WHERE " + where).setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(o -> {
            Object[] r = (Object[]) o;
            return new Call(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(), (String) r[4], SqlValues.instant(r[5]));
        });
    }

    private static HeiheiFailure busy() {
        return new HeiheiFailure(739, "对方太火，忙线中~");
    }
}
