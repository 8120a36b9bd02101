package com.switchboard.heihei.live;

import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiPush;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.secret.OpaqueTokens;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Being in a live room (HH-LIVE-10..16, 20, 24): get, join, quit, heartbeat, viewers, seats, kick. */
@Stateless
public class RoomService {
    static final int MAX_REPLAY_USERS = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<RoomJoined> joined;
    @Inject
    Lives lives;
    @Inject
    Viewers viewers;
    @Inject
    LiveSettings settings;
    @Inject
    HeiheiUsers users;
    @Inject
    SocialService social;
    @Inject
    HeiheiPush push;
    @Inject
    LiveService lifecycle;

    /** HH-LIVE-15's page: viewers with whether the caller follows each. */
    public record ViewerPage(Live live, List<HeiheiUser> users, List<Long> joinTimes, Set<Long> followed) {
    }

    /** HH-LIVE-10: 506 while the live is on and the caller is not in the room. */
    public Live get(long caller, long liveId) {
        Live live = lives.shown(liveId);
        if (live.status() == Live.LIVE && !viewers.inRoom(live, caller)) {
            throw notInRoom();
        }
        return live;
    }

    /** HH-LIVE-11. */
    public Live knockStatus(long liveId) {
        return lives.shown(liveId);
    }

    /**
     * HH-LIVE-12: 731 unknown or deleted, 725 ended, 737 blocked by the anchor or kicked out of this live within
     * {@code kick-seconds} (Proposed), 505 no free seat unless
     * {@code liveKey} is this user's unused invitation to this live.
     */
    public Live join(long caller, long liveId, String liveKey) {
        Live live = lives.locked(liveId);
        if (live.status() == Live.DELETED || live.status() == Live.BANNED) {
            throw Lives.invalid();
        }
        if (!live.unclosed()) {
            throw new HeiheiFailure(725, "直播已结束");
        }
        if (caller != live.userId()) {
            if (social.blocks(live.userId(), caller) || viewers.kickedOut(live, caller, Instant.now())) {
                throw new HeiheiFailure(737, "无法观看该用户直播");
            }
            if (!viewers.inRoom(live, caller) && live.needKnock() && !useKey(live, caller, liveKey)) {
                throw new HeiheiFailure(505, "没座位了，敲门试试？");
            }
        }
        viewers.enter(live, caller);
        joined.fire(new RoomJoined(live.id(), live.roomId(), caller));
        return live;
    }

    /** HH-LIVE-13: idempotent; no more room frames after it. */
    public void quit(long caller, long liveId) {
        Live live = lives.locked(liveId);
        if (live.status() == Live.DELETED || live.status() == Live.BANNED) {
            throw Lives.invalid();
        }
        viewers.leave(live, caller);
    }

    /** HH-LIVE-14: @return {@code nextTimeout} (s) */
    public int heartbeat(long caller, long liveId, boolean creator) {
        if (creator) {
            lifecycle.anchorBeat(caller, liveId);
            return settings.heartbeatSeconds();
        }
        Live live = lives.open(liveId);
        if (live.userId() != caller && !viewers.beat(live, caller)) { // the anchor is in while the live is open
            throw notInRoom();
        }
        return settings.heartbeatSeconds();
    }

    /** HH-LIVE-15: only from inside the room (506). */
    public ViewerPage viewers(long caller, long liveId, long lastJoinTime, int direction) {
        if (direction != 0 && direction != 1) {
            throw HeiheiFailure.badParam("direction must be 0 or 1");
        }
        Live live = lives.shown(liveId);
        if (!viewers.inRoom(live, caller)) {
            throw notInRoom();
        }
        List<LiveViewer> page = viewers.page(liveId, lastJoinTime, direction);
        List<HeiheiUser> rows = page.stream().map(v -> users.get(v.userId())).toList();
        return new ViewerPage(live, rows, page.stream().map(LiveViewer::joinTime).toList(),
                social.followedAmong(caller, page.stream().map(LiveViewer::userId).toList()));
    }

    /** HH-LIVE-16: everyone who joined. */
    public List<HeiheiUser> replayViewers(long liveId) {
        lives.shown(liveId);
        return viewers.everJoined(liveId, MAX_REPLAY_USERS).stream().map(users::get).toList();
    }

    /** HH-LIVE-20: one seat per call; 502 when fewer than 2 would stay unlocked. */
    public void lockSeat(long caller, long liveId, boolean unlock) {
        Live live = lives.anchored(caller, liveId);
        if (!live.unclosed()) {
            throw Lives.invalid();
        }
        if (unlock) {
            live.unlockOne();
        } else if (!live.lockOne()) {
            throw new HeiheiFailure(502, "请至少保留2个座位");
        }
        viewers.liveUsers(live);
    }

    /** HH-LIVE-24: the kicked user gets {@code quit-live} and is out of the room. */
    public void kick(long caller, long liveId, long userId) {
        Live live = lives.anchored(caller, liveId);
        if (!live.unclosed()) {
            throw Lives.invalid();
        }
        users.get(userId);
        if (userId == caller) {
            throw HeiheiFailure.badParam("the anchor cannot kick itself");
        }
        Instant now = Instant.now();
        viewers.kick(live, userId, now, now.plus(settings.kickedOut()));
        push.toUser(userId, ClientMessages.action("quit-live", "被踢出房间",
                Jsons.createObjectBuilder().add("liveId", live.id()).build()));
    }

    /** Whether the user is in the room (the anchor always is while the live is open). */
    public boolean inRoom(Live live, long userId) {
        return viewers.inRoom(live, userId);
    }

    /** Viewers silent for two heartbeat periods leave their rooms (each rechecked under its live's lock). */
    public int dropSilentViewers(Instant now) {
        Instant before = now.minusSeconds(2L * settings.heartbeatSeconds());
        List<Object[]> silent = viewers.silent(before, 200);
        for (Object[] row : silent) {
            Live live = lives.locked((Long) row[0]);
            if (viewers.beatBefore(live.id(), (Long) row[1], before)) {
                viewers.leave(live, (Long) row[1]);
            }
        }
        return silent.size();
    }

    private boolean useKey(Live live, long caller, String liveKey) {
        if (liveKey == null || liveKey.isBlank() || liveKey.length() > OpaqueTokens.MAX_LENGTH) {
            return false;
        }
        LiveKey key = em.find(LiveKey.class, OpaqueTokens.hash(liveKey.strip()));
        return key != null && key.use(live.id(), caller, Instant.now());
    }

    static HeiheiFailure notInRoom() {
        return new HeiheiFailure(506, "您不在该队伍");
    }
}
