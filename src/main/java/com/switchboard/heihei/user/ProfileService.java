package com.switchboard.heihei.user;

import com.switchboard.heihei.wallet.Wallet;
import com.switchboard.heihei.wallet.HeiheiWalletService;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading profiles and lists of users (HH-USER-06, 07, 13..15, 19). */
@Stateless
public class ProfileService {
    static final int MAX_SEARCH = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    HeiheiUsers users;
    @Inject
    SocialService social;
    @Inject
    HeiheiWalletService wallets;
    @Inject
    UserAttributes attributes;
    @Inject
    UserService userService;
    @Inject
    jakarta.enterprise.inject.Instance<UserActivity> activities;
    @Inject
    jakarta.enterprise.inject.Instance<RoomActivity> roomActivities;

    /** HH-USER-06's {@code result}: {@code attributes} only for the caller's own profile. */
    public record Profile(HeiheiUser user, Wallet wallet, long followerCount, long followingCount, boolean isFollowed,
                          boolean isBlocked, String modifyText, Map<String, String> attributes) {
    }

    /** A list row: the user and whether the viewer follows them. */
    public record Row(HeiheiUser user, boolean isFollowed) {
    }

    /**
     * HH-USER-06. {@code isFollowed}/{@code isBlocked} are relative to the caller: {@code cuid} counts only when it is
     * the caller (another user's follows and blocks are not the caller's to learn); a user who has blocked the caller
     * is 736.
     */
    public Profile profile(long caller, long uid) {
        HeiheiUser user = users.get(uid);
        if (uid != caller && social.blocks(uid, caller)) {
            throw new HeiheiFailure(736, "无法查看该用户信息");
        }
        long viewer = caller;
        boolean own = uid == caller;
        return new Profile(user, wallets.balance(uid), social.followerCount(uid), social.followingCount(uid),
                social.follows(viewer, uid), social.blocks(viewer, uid), userService.modifyText(user),
                own ? attributes.of(uid) : null);
    }

    /** HH-USER-06 {@code userStatus} outside a live room: what the first feature that knows says (none: absent). */
    public java.util.Optional<jakarta.json.JsonObject> activity(long uid) {
        for (UserActivity a : activities) {
            var status = a.statusOf(uid);
            if (status.isPresent()) {
                return status;
            }
        }
        return java.util.Optional.empty();
    }

    /** HH-USER-06 {@code userStatus} inside a live room: what co-hosting says (none: absent). */
    public java.util.Optional<jakarta.json.JsonObject> activityIn(long liveId, long uid) {
        for (RoomActivity a : roomActivities) {
            var status = a.statusIn(liveId, uid);
            if (status.isPresent()) {
                return status;
            }
        }
        return java.util.Optional.empty();
    }

    /** HH-USER-07 {@code configuration.user}. */
    public Map<String, String> configuration(long caller) {
        return attributes.of(caller);
    }

    /** Rows for a page of users, {@code isFollowed} relative to {@code viewer}. */
    public List<Row> rows(List<HeiheiUser> page, long viewer) {
        Set<Long> followed = social.followedAmong(viewer, page.stream().map(HeiheiUser::id).toList());
        return page.stream().map(u -> new Row(u, followed.contains(u.id()))).toList();
    }

    /** HH-USER-19: by heiNum (exact) or nickname (contains), at most 20, no paging. */
    public List<Row> search(long caller, String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            throw HeiheiFailure.badParam("queryParameter");
        }
        List<HeiheiUser> found = new java.util.ArrayList<>();
        if (q.matches("[0-9]{1,18}")) {
            found.addAll(em.createQuery("select u from HeiheiUser u where u.heiNum = :n", HeiheiUser.class)
                    .setParameter("n", Long.parseLong(q)).getResultList());
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        em.createQuery("select u from HeiheiUser u where u.displayName like :q escape '\\' order by u.id",
                        HeiheiUser.class)
                .setParameter("q", like).setMaxResults(MAX_SEARCH).getResultList().stream()
                .filter(u -> found.stream().noneMatch(f -> f.id().equals(u.id()))).forEach(found::add);
        return rows(found.size() > MAX_SEARCH ? found.subList(0, MAX_SEARCH) : found, caller);
    }
}
