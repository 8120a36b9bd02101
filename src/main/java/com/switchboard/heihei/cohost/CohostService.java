package com.switchboard.heihei.cohost;

import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiChannel;
import com.switchboard.heihei.live.RoomAccess;
import com.switchboard.heihei.live.RoomAccess.Room;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.tx.AfterCommit;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Co-hosting (heihei.md §8): requests and invitations, the one co-host of a live, its RTC tokens and its end. Every
 * step holds the live's row lock, so racing accepts give one co-host and clean refusals; frames go out after commit.
 */
@Stateless
public class CohostService {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** HH-CONF-02's reply. */
    public record Joined(String roomName, String roomToken, long expireAt, JsonObject confStatus) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    RoomAccess rooms;
    @Inject
    CohostAsks asks;
    @Inject
    CohostSettings settings;
    @Inject
    RtcTokens rtc;
    @Inject
    HeiheiUsers users;
    @Inject
    HeiheiChannel channel;
    @jakarta.annotation.Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * HH-CONF-01. A viewer's request waits {@code askSeconds} (722 muted, 742 outside the room or co-hosting
     * already); the anchor's invitation names a viewer in the room: one who is requesting starts at once, another
     * gets {@code conference-notify}. @return {@code expireTime}: the wait for a viewer, 0 for the anchor
     */
    public int request(long caller, long liveId, Long userId) {
        Room room = rooms.locked(liveId);
        Instant now = Instant.now();
        if (caller != room.anchorId()) {
            if (!rooms.inRoom(room, caller) || active(liveId).filter(c -> c.party(caller)).isPresent()) {
                throw stateError();
            }
            if (rooms.muted(room, caller)) {
                throw new HeiheiFailure(722, "您已被禁言");
            }
            asks.put(liveId, caller, CohostAsks.REQUEST, now.plusSeconds(settings.askSeconds()));
            rooms.viewersChanged(room);
            return settings.askSeconds();
        }
        if (userId == null || userId == caller) {
            throw HeiheiFailure.badParam("userId: the viewer the anchor invites");
        }
        if (!rooms.inRoom(room, userId) || active(liveId).isPresent()) {
            throw stateError();
        }
        if (asks.pending(liveId, userId, CohostAsks.REQUEST, now).isPresent()) {
            start(room, userId, now);
            return 0;
        }
        asks.put(liveId, userId, CohostAsks.INVITE, now.plusSeconds(settings.askSeconds()));
        JsonObject notify = ClientMessages.action("conference-notify", "主播邀请连线", Jsons.createObjectBuilder()
                .add("text", "主播邀你连线").add("expireTime", settings.askSeconds()).add("liveId", liveId).build());
        AfterCommit.run(transactions, () -> channel.toSingle(userId, notify));
        return 0;
    }

    /**
     * HH-CONF-03: the anchor accepts a viewer's request ({@code userId}), a viewer the anchor's invitation; 739 while
     * the live has a co-host, 409 when the ask expired or the viewer left. @return seconds to call HH-CONF-02
     */
    public int accept(long caller, long liveId, Long userId) {
        Room room = rooms.locked(liveId);
        Instant now = Instant.now();
        if (active(liveId).isPresent()) {
            throw new HeiheiFailure(739, "您正在连麦中");
        }
        long viewer;
        if (caller == room.anchorId()) {
            if (userId == null) {
                throw HeiheiFailure.badParam("userId: the requesting viewer");
            }
            viewer = userId;
            if (asks.pending(liveId, viewer, CohostAsks.REQUEST, now).isEmpty()) {
                throw tooLate();
            }
        } else {
            viewer = caller;
            if (asks.pending(liveId, viewer, CohostAsks.INVITE, now).isEmpty()) {
                throw tooLate();
            }
        }
        if (!rooms.inRoom(room, viewer)) {
            throw tooLate();
        }
        start(room, viewer, now);
        return settings.joinSeconds();
    }

    /** HH-CONF-04: the anchor turns down a viewer's request, a viewer the invitation; idempotent. */
    public void refuse(long caller, long liveId, long userId) {
        Room room = rooms.locked(liveId);
        if (caller == room.anchorId()) {
            if (asks.remove(liveId, userId, CohostAsks.REQUEST)) {
                rooms.viewersChanged(room);
            }
        } else {
            asks.remove(liveId, caller, CohostAsks.INVITE);
        }
    }

    /** HH-CONF-02: a party's RTC token; the room gets the current {@code conference-status}. 750 not a party. */
    public Joined join(long caller, long liveId) {
        Room room = rooms.locked(liveId);
        Cohost c = active(liveId).filter(x -> x.party(caller))
                .orElseThrow(() -> new HeiheiFailure(750, "哎呀，连线失败了"));
        c.joined(caller, Instant.now());
        long expireAt = Instant.now().getEpochSecond() + settings.tokenSeconds();
        String roomName = "hh-live-" + liveId;
        String token = rtc.roomToken(new RtcTokens.Grant(roomName, "hh-" + caller, caller == room.anchorId(),
                expireAt));
        JsonObject status = status(c);
        rooms.toRoom(room, status);
        return new Joined(roomName, token, expireAt, status);
    }

    /** HH-CONF-06: when both parties have reported it, the room gets {@code conference-status} 1. 742 not a party. */
    public JsonObject connected(long caller, long liveId) {
        Room room = rooms.locked(liveId);
        Cohost c = active(liveId).filter(x -> x.party(caller)).orElseThrow(CohostService::stateError);
        if (c.connected(caller)) {
            rooms.toRoom(room, status(c));
        }
        return status(c);
    }

    /** HH-CONF-05: the other party gets {@code stop-conference}, the room {@code conference-status} 2. */
    public void quit(long caller, long liveId) {
        Room room = rooms.locked(liveId);
        Cohost c = active(liveId).filter(x -> x.party(caller)).orElseThrow(CohostService::stateError);
        end(room, c, List.of(c.other(caller)));
    }

    /**
     * The sweep's step for one co-hosting: ended when overdue (not joined or not connected in time), when its live
     * has ended or its co-host has left the room.
     */
    public void endIfStale(long cohostId, Instant now) {
        Cohost peek = em.find(Cohost.class, cohostId);
        if (peek == null || peek.status() == Cohost.ENDED) {
            return;
        }
        Optional<Room> open = rooms.open(peek.liveId());
        if (open.isEmpty()) {
            em.find(Cohost.class, cohostId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).end(now);
            return;
        }
        Room room = rooms.locked(peek.liveId());
        em.refresh(peek);
        if (peek.status() != Cohost.ENDED && (peek.overdue(now, settings.joinSeconds(), settings.connectSeconds())
                || !rooms.inRoom(room, peek.userId()))) {
            end(room, peek, List.of(peek.anchorId(), peek.userId()));
        }
    }

    /** HH-ACT-20 to a user who just joined a room with a co-hosting on (within the join's transaction). */
    public void lateJoiner(long liveId, long userId) {
        active(liveId).filter(c -> !c.party(userId)).ifPresent(c -> {
            JsonObject status = status(c);
            AfterCommit.run(transactions, () -> channel.toSingle(userId, status));
        });
    }

    /**
     * HH-USER-06 {@code confStatus} of a user in an unclosed live: 3 co-hosting now, 4 invited (with the countdown),
     * 2 unavailable (another co-host, or a request already waiting, with its countdown), 1 may request.
     */
    public Optional<JsonObject> confStatus(long liveId, long userId) {
        if (rooms.open(liveId).isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<Cohost> on = active(liveId);
        var reply = Jsons.createObjectBuilder();
        if (on.filter(c -> c.userId() == userId).isPresent()) {
            return Optional.of(reply.add("confStatus", 3).build());
        }
        Optional<Instant> invited = asks.pending(liveId, userId, CohostAsks.INVITE, now);
        if (invited.isPresent() && on.isEmpty()) {
            return Optional.of(reply.add("confStatus", 4).add("expireTime", seconds(now, invited.get())).build());
        }
        Optional<Instant> requested = asks.pending(liveId, userId, CohostAsks.REQUEST, now);
        if (requested.isPresent()) {
            return Optional.of(reply.add("confStatus", 2).add("expireTime", seconds(now, requested.get())).build());
        }
        return Optional.of(reply.add("confStatus", on.isPresent() ? 2 : 1).build());
    }

    private static long seconds(Instant now, Instant until) {
        return Math.max(0, java.time.Duration.between(now, until).toSeconds());
    }

    /** Co-hostings not ended, for the sweep. */
    public List<Long> unended() {
        return em.createQuery("select c.id from Cohost c where c.status <> :ended", Long.class)
                .setParameter("ended", Cohost.ENDED).getResultList();
    }

    public int expireAsks(Instant now) {
        return asks.expire(now);
    }

    /** The live's co-hosting that has not ended. */
    Optional<Cohost> active(long liveId) {
        return em.createQuery("select c from Cohost c where c.openLive = :l", Cohost.class).setParameter("l", liveId)
                .getResultStream().findFirst();
    }

    private void start(Room room, long viewer, Instant now) {
        asks.removeAll(room.liveId(), viewer);
        Cohost c = new Cohost(RANDOM.nextLong(1, Long.MAX_VALUE), room.liveId(), room.roomId(), room.anchorId(),
                viewer, now);
        em.persist(c);
        JsonObject join = ClientMessages.action("join-conference", "开始连麦",
                Jsons.createObjectBuilder().add("liveId", room.liveId()).build());
        AfterCommit.run(transactions, () -> {
            channel.toSingle(room.anchorId(), join);
            channel.toSingle(viewer, join);
        });
        rooms.viewersChanged(room);
    }

    private void end(Room room, Cohost c, List<Long> told) {
        c.end(Instant.now());
        JsonObject stop = ClientMessages.action("stop-conference", "连麦结束",
                Jsons.createObjectBuilder().add("liveId", room.liveId()).build());
        AfterCommit.run(transactions, () -> told.forEach(u -> channel.toSingle(u, stop)));
        rooms.toRoom(room, status(c));
        rooms.viewersChanged(room);
    }

    /** OBJ-CONFSTATUS: the co-hosting's state with the co-host's identity. */
    JsonObject status(Cohost c) {
        HeiheiUser u = users.get(c.userId());
        return ClientMessages.action("conference-status", "连麦状态", Jsons.createObjectBuilder()
                .add("liveId", c.liveId()).add("status", c.status()).add("fromUserId", u.id())
                .add("fromUserName", u.displayName()).add("gender", u.gender()).add("birthDay", UserJson.birthDay(u))
                .add("coverUrl", u.coverUrl()).build());
    }

    static HeiheiFailure stateError() {
        return new HeiheiFailure(742, "用户状态错误");
    }

    private static HeiheiFailure tooLate() {
        return new HeiheiFailure(409, "来晚了~");
    }
}
