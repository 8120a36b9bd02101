package com.switchboard.heihei.live;

import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiChannel;
import com.switchboard.platform.binding.Jsons;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Who is in a live room (the anchor always is): entering and leaving keep the live's counters, the users' channel
 * subscriptions and the room's {@code live-users} frame (HH-ACT-17) in step. Callers hold the live's row lock.
 */
@Dependent
public class Viewers {
    /** Longest page of HH-LIVE-15. */
    static final int PAGE = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    HeiheiChannel channel;
    @Inject
    RoomFrames frames;

    public boolean inRoom(Live live, long userId) {
        if (live.userId() == userId) {
            return live.unclosed();
        }
        LiveViewer v = em.find(LiveViewer.class, new LiveUserKey(live.id(), userId));
        return v != null && v.inRoom();
    }

    /** The user is in the room (again): subscribed on every instance; counters and the room told if it changed. */
    void enter(Live live, long userId) {
        String topic = HeiheiChannel.liveTopic(live.id());
        if (live.userId() == userId) {
            channel.join(userId, topic);
            return;
        }
        Instant now = Instant.now();
        LiveViewer v = em.find(LiveViewer.class, new LiveUserKey(live.id(), userId));
        boolean first = v == null;
        if (first) {
            v = new LiveViewer(live.id(), userId);
            v.enter(now);
            em.persist(v);
        } else if (v.inRoom()) {
            v.beat(now);
            channel.join(userId, topic); // a client re-joining after a reconnect
            return;
        } else {
            v.enter(now);
        }
        live.viewerJoined(first);
        channel.join(userId, topic);
        liveUsers(live);
    }

    /** HH-LIVE-24: whether the user was kicked out of this live within the kick time. */
    boolean kickedOut(Live live, long userId, Instant now) {
        LiveViewer v = em.find(LiveViewer.class, new LiveUserKey(live.id(), userId));
        return v != null && v.kickedOut(now);
    }

    /** HH-LIVE-24: out of the room, and kept out until {@code until}. */
    void kick(Live live, long userId, Instant now, Instant until) {
        leave(live, userId);
        LiveViewer v = em.find(LiveViewer.class, new LiveUserKey(live.id(), userId));
        if (v == null) {
            em.persist(LiveViewer.kickedOut(live.id(), userId, now, until));
        } else {
            v.kick(until);
        }
    }

    /** The user left (quit, kick, missed heartbeats): unsubscribed; counters and the room told. */
    void leave(Live live, long userId) {
        LiveViewer v = em.find(LiveViewer.class, new LiveUserKey(live.id(), userId));
        if (v == null || !v.inRoom()) {
            return;
        }
        v.leave();
        live.viewerLeft();
        channel.leave(userId, HeiheiChannel.liveTopic(live.id()));
        liveUsers(live);
    }

    /**
     * A viewer's heartbeat, under the viewer's row lock (not the live's) so it and a sweep dropping the viewer are
     * ordered: a beat after the drop is refused, a drop after the beat sees it. @return whether the viewer is in
     */
    boolean beat(Live live, long userId) {
        LiveViewer v = em.find(LiveViewer.class, new LiveUserKey(live.id(), userId), LockModeType.PESSIMISTIC_WRITE);
        if (v == null || !v.inRoom()) {
            return false;
        }
        v.beat(Instant.now());
        return true;
    }

    /** The live ended: nobody is in it (the sockets are unsubscribed by dropping the topic). */
    void emptyRoom(Live live) {
        em.createQuery("update LiveViewer v set v.inRoom = false where v.liveId = :l and v.inRoom = true")
                .setParameter("l", live.id()).executeUpdate();
    }

    /** HH-ACT-17 to the room: the counters, without {@code users}. */
    void liveUsers(Live live) {
        frames.important(live.id(), liveUsersFrame(live));
    }

    static jakarta.json.JsonObject liveUsersFrame(Live live) {
        return ClientMessages.action("live-users", "房间人数变化",
                Jsons.createObjectBuilder().add("liveId", live.id()).add("roomId", live.roomId())
                        .add("roomSeatCount", live.seatLimit()).add("totalCount", live.onlineUsers() + 1)
                        .add("roomLockedCount", live.lockedSeats()).build());
    }

    /**
     * HH-LIVE-15: viewers in the room by {@code joinTime}; {@code lastJoinTime} 0 starts at the newest; direction 0
     * pages to newer joins, 1 to older ones.
     */
    List<LiveViewer> page(long liveId, long lastJoinTime, int direction) {
        String base = "select v from LiveViewer v where v.liveId = :l and v.inRoom = true ";
        var query = lastJoinTime <= 0
                ? em.createQuery(base + "order by v.joinTime desc, v.userId", LiveViewer.class)
                : direction == 0
                ? em.createQuery(base + "and v.joinTime > :t order by v.joinTime asc, v.userId", LiveViewer.class)
                .setParameter("t", lastJoinTime)
                : em.createQuery(base + "and v.joinTime < :t order by v.joinTime desc, v.userId", LiveViewer.class)
                .setParameter("t", lastJoinTime);
        return query.setParameter("l", liveId)
                .setMaxResults(PAGE).getResultList();
    }

    /** HH-LIVE-16: everyone who joined, newest first. */
    List<Long> everJoined(long liveId, int max) {
        return em.createQuery("select v.userId from LiveViewer v where v.liveId = :l order by v.joinTime desc",
                Long.class).setParameter("l", liveId).setMaxResults(max).getResultList();
    }

    /** Viewers silent for two heartbeat periods, as (liveId, userId) pairs. */
    List<Object[]> silent(Instant before, int max) {
        return em.createQuery("select v.liveId, v.userId from LiveViewer v where v.inRoom = true "
                + "and v.lastBeatAt < :b", Object[].class).setParameter("b", before).setMaxResults(max)
                .getResultList();
    }

    /** Rechecked under the viewer's row lock: a heartbeat committing meanwhile is seen, not overwritten. */
    boolean beatBefore(long liveId, long userId, Instant before) {
        LiveViewer v = em.find(LiveViewer.class, new LiveUserKey(liveId, userId), LockModeType.PESSIMISTIC_WRITE);
        return v != null && v.inRoom() && v.lastBeatAt().isBefore(before);
    }
}
