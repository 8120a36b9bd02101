package com.switchboard.heihei.live;

import com.switchboard.heihei.HeiheiLimits;
import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiPush;
import com.switchboard.heihei.link.DeepLinks;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.UserJson;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who may come in and who may speak (HH-LIVE-21..23, 25..27): invitations, knocks and mutes. */
@Stateless
public class RoomGuests {
    /** HH-LIVE-21 lists at most this many of the users the anchor follows. */
    static final int MAX_FRIENDS = 100;

    @PersistenceContext
    EntityManager em;
    @Inject
    Lives lives;
    @Inject
    Viewers viewers;
    @Inject
    LiveSettings settings;
    @Inject
    HeiheiSettings heihei;
    @Inject
    HeiheiUsers users;
    @Inject
    HeiheiLimits limits;
    @Inject
    SocialService social;
    @Inject
    HeiheiPush push;
    @Inject
    RoomFrames frames;

    /** An HH-LIVE-21 row. */
    public record Friend(HeiheiUser user, boolean knocked) {
    }

    /** HH-LIVE-21: users the anchor follows who are not in the room, those who knocked first. */
    public List<Friend> inviteList(long caller, long liveId) {
        Live live = openAnchored(caller, liveId);
        Set<Long> knocked = new HashSet<>(em.createQuery("select k.userId from LiveKnock k where k.liveId = :l",
                Long.class).setParameter("l", live.id()).getResultList());
        List<Friend> first = new ArrayList<>();
        List<Friend> rest = new ArrayList<>();
        for (long id : social.followingIds(caller, MAX_FRIENDS)) {
            if (viewers.inRoom(live, id)) {
                continue;
            }
            users.find(id).ifPresent(u -> (knocked.contains(id) ? first : rest).add(new Friend(u, knocked.contains(id))));
        }
        first.addAll(rest);
        return first;
    }

    /**
     * HH-LIVE-22: the invitee gets {@code live-invite} with a single-use {@code liveKey} (a push with the key in the
     * link when it has no socket open and allows push).
     */
    public void invite(long caller, long liveId, long userId) {
        Live live = openAnchored(caller, liveId);
        HeiheiUser invitee = users.get(userId);
        if (invitee.id() == caller) {
            throw HeiheiFailure.badParam("userId is the anchor");
        }
        limits.take(HeiheiLimits.Action.LIVE_INVITE, caller, invitee.id());
        HeiheiUser anchor = users.get(caller);
        String key = OpaqueTokens.newValue();
        em.persist(new LiveKey(OpaqueTokens.hash(key), live.id(), userId, Instant.now()));
        String text = "队长#name#想邀请你加入队伍，是否加入？".replace("#name#", anchor.displayName());
        push.toUser(userId, ClientMessages.action("live-invite", "邀请加入直播", Jsons.createObjectBuilder()
                .add("liveId", live.id()).add("liveKey", key).add("text", text)
                .add("link", new DeepLinks(heihei.linkScheme()).live(live.id(), key))
                .add("fromUserId", anchor.id()).add("fromUserName", anchor.displayName())
                .add("gender", anchor.gender()).add("coverUrl", anchor.coverUrl())
                .add("birthDay", UserJson.birthDay(anchor))
                .add("honours", Jsons.createArrayBuilder()).add("getuiAction", "live-invite").build()));
    }

    /** HH-LIVE-23: recorded for HH-LIVE-21; one per user per live per knock period (504); nothing is sent. */
    public void knock(long caller, long liveId) {
        Live live = lives.open(liveId);
        if (live.userId() == caller) {
            throw new HeiheiFailure(711, "权限不足");
        }
        Instant now = Instant.now();
        users.locked(caller); // two knocks at once: one records it, the other sees it (504)
        LiveKnock knock = em.find(LiveKnock.class, new LiveUserKey(live.id(), caller));
        if (knock == null) {
            em.persist(new LiveKnock(live.id(), caller, now));
        } else if (!knock.again(now, settings.knockEvery())) {
            throw new HeiheiFailure(504, "刚敲过门啦 歇会~");
        }
    }

    /** HH-LIVE-25/26: the room gets {@code shutup-user} or {@code shutup-open-user}. */
    public void mute(long caller, long liveId, long userId, boolean muted) {
        Live live = openAnchored(caller, liveId);
        users.get(userId);
        if (userId == caller) {
            throw HeiheiFailure.badParam("the anchor cannot mute itself");
        }
        LiveMute row = em.find(LiveMute.class, new LiveUserKey(live.id(), userId));
        if (muted && row == null) {
            em.persist(new LiveMute(live.id(), userId, Instant.now()));
            em.flush();
        } else if (!muted && row != null) {
            em.remove(row);
        }
        frames.important(live.id(), ClientMessages.action(muted ? "shutup-user" : "shutup-open-user",
                muted ? "禁言" : "解除禁言",
                Jsons.createObjectBuilder().add("userId", userId).add("roomId", live.roomId()).build()));
    }

    /** HH-LIVE-27. */
    public boolean muted(long liveId, long userId) {
        lives.shown(liveId);
        return isMuted(liveId, userId);
    }

    /** 722 for a muted user's room text and co-hosting request. */
    public void requireUnmuted(long liveId, long userId) {
        if (isMuted(liveId, userId)) {
            throw new HeiheiFailure(722, "您已被禁言");
        }
    }

    private boolean isMuted(long liveId, long userId) {
        return em.find(LiveMute.class, new LiveUserKey(liveId, userId)) != null;
    }

    private Live openAnchored(long caller, long liveId) {
        Live live = lives.anchored(caller, liveId);
        if (!live.unclosed()) {
            throw Lives.invalid();
        }
        return live;
    }
}
