package com.switchboard.heihei.chat;

import com.switchboard.heihei.live.LiveFeed;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * HH-CHAT-01/02: random matching as one queue in the database, shared by every instance. Each step takes the one
 * matching lock, so a waiting user is matched once, never after stopping, and never into a second chat; the oldest
 * waiting user who may chat with the caller (neither blocked the other, not live, not in a chat) is the partner.
 */
@Stateless
public class Matching {
    /** How many waiting users one step looks at for a partner. */
    private static final int LOOK_AT = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    Chats chats;
    @Inject
    ChatSettings settings;
    @Inject
    SocialService social;
    @Inject
    LiveFeed lives;

    /** @return the seconds to wait (a partner's {@code join-chat} may already be on its way) */
    public int match(long caller) {
        Instant now = Instant.now();
        if (lives.streaming(caller).isPresent()) {
            throw new HeiheiFailure(400, "直播中不能匹配对聊");
        }
        lock();
        if (chats.busy(caller)) {
            throw new HeiheiFailure(400, "正在对聊中，请先结束对聊");
        }
        leave(caller);
        List<?> waiting = em.createNativeQuery("SELECT user_id FROM hh_match_wait WHERE user_id <> ?1 "
                        + "AND expires_at > ?2 ORDER BY seq").setParameter(1, caller).setParameter(2, now)
                .setMaxResults(LOOK_AT).getResultList();
        for (Object o : waiting) {
            long other = ((Number) o).longValue();
            if (social.blocks(other, caller) || social.blocks(caller, other)) {
                continue;
            }
            if (chats.busy(other) || lives.streaming(other).isPresent()) {
                leave(other);
                continue;
            }
            leave(other);
            chats.create(Chat.MATCH, other, caller, now);
            return settings.matchSeconds();
        }
        em.createNativeQuery("INSERT INTO hh_match_wait (user_id, expires_at) VALUES (?1, ?2)").setParameter(1, caller)
                .setParameter(2, now.plusSeconds(settings.matchSeconds())).executeUpdate();
        return settings.matchSeconds();
    }

    /** HH-CHAT-02: idempotent. */
    public void stop(long caller) {
        lock();
        leave(caller);
    }

    /** Waiting rows past their time. */
    public int expire(Instant now) {
        return em.createNativeQuery("DELETE FROM hh_match_wait WHERE expires_at <= ?1").setParameter(1, now)
                .executeUpdate();
    }

    private void lock() {
        em.createNativeQuery("SELECT id FROM hh_match_lock WHERE id = 1 FOR UPDATE").getResultList();
    }

    private void leave(long userId) {
        em.createNativeQuery("DELETE FROM hh_match_wait WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
    }
}
