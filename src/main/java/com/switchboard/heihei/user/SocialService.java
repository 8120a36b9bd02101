package com.switchboard.heihei.user;

import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The social graph (HH-USER-09..15): follows and blocks, both idempotent. */
@Stateless
public class SocialService {
    /** Longest page of HH-USER-13..15. */
    public static final int MAX_LIMIT = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    HeiheiUsers users;

    /** One page of users and how many there are in all. */
    public record Page(long totalSize, List<HeiheiUser> users) {
    }

    /** Idempotent: concurrent identical calls wait on the caller's row, so one inserts and the others see it. */
    public void follow(long caller, long target) {
        checkOther(caller, target);
        users.locked(caller);
        if (em.find(Follow.class, new Follow.Key(caller, target)) == null) {
            em.persist(new Follow(caller, target, Instant.now()));
        }
    }

    public void unfollow(long caller, long target) {
        users.get(target);
        users.locked(caller);
        Follow f = em.find(Follow.class, new Follow.Key(caller, target));
        if (f != null) {
            em.remove(f);
        }
    }

    public void block(long caller, long target) {
        checkOther(caller, target);
        users.locked(caller);
        if (em.find(Block.class, new Block.Key(caller, target)) == null) {
            em.persist(new Block(caller, target, Instant.now()));
        }
    }

    public void unblock(long caller, long target) {
        users.get(target);
        users.locked(caller);
        Block b = em.find(Block.class, new Block.Key(caller, target));
        if (b != null) {
            em.remove(b);
        }
    }

    public boolean follows(long follower, long followee) {
        return em.find(Follow.class, new Follow.Key(follower, followee)) != null;
    }

    /** Whether {@code blocker} has blocked {@code blocked} (736/737 for the blocked one). */
    public boolean blocks(long blocker, long blocked) {
        return em.find(Block.class, new Block.Key(blocker, blocked)) != null;
    }

    /** Which of {@code candidates} {@code follower} follows, in one query. */
    public Set<Long> followedAmong(long follower, Collection<Long> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select f.followeeId from Follow f where f.followerId = :u "
                        + "and f.followeeId in :c", Long.class)
                .setParameter("u", follower).setParameter("c", candidates).getResultList());
    }

    /** Every follower of the user (HH-LIVE-03 tells them all). */
    public List<Long> followerIds(long userId) {
        return em.createQuery("select f.followerId from Follow f where f.followeeId = :u", Long.class)
                .setParameter("u", userId).getResultList();
    }

    /** Whom the user follows, newest first (HH-LIVE-18, 21). */
    public List<Long> followingIds(long userId, int max) {
        return em.createQuery("select f.followeeId from Follow f where f.followerId = :u order by f.createdAt desc",
                Long.class).setParameter("u", userId).setMaxResults(max).getResultList();
    }

    public long followerCount(long userId) {
        return em.createQuery("select count(f) from Follow f where f.followeeId = :u", Long.class)
                .setParameter("u", userId).getSingleResult();
    }

    public long followingCount(long userId) {
        return em.createQuery("select count(f) from Follow f where f.followerId = :u", Long.class)
                .setParameter("u", userId).getSingleResult();
    }

    /** HH-USER-13: newest followers first. */
    public Page followers(long userId, int offset, int limit) {
        users.get(userId);
        return page("select u from Follow f, HeiheiUser u where f.followeeId = :x and u.id = f.followerId "
                + "order by f.createdAt desc, u.id", followerCount(userId), userId, offset, limit);
    }

    /** HH-USER-14: newest follows first. */
    public Page following(long userId, int offset, int limit) {
        users.get(userId);
        return page("select u from Follow f, HeiheiUser u where f.followerId = :x and u.id = f.followeeId "
                + "order by f.createdAt desc, u.id", followingCount(userId), userId, offset, limit);
    }

    /** HH-USER-15. */
    public Page blocked(long userId, int offset, int limit) {
        long total = em.createQuery("select count(b) from Block b where b.blockerId = :u", Long.class)
                .setParameter("u", userId).getSingleResult();
        return page("select u from Block b, HeiheiUser u where b.blockerId = :x and u.id = b.blockedId "
                + "order by b.createdAt desc, u.id", total, userId, offset, limit);
    }

    private Page page(String query, long total, long userId, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw HeiheiFailure.badParam("offset/limit");
        }
        List<HeiheiUser> rows = em.createQuery(query, HeiheiUser.class).setParameter("x", userId)
                .setFirstResult(offset).setMaxResults(Math.min(limit, MAX_LIMIT)).getResultList();
        return new Page(total, rows);
    }

    private void checkOther(long caller, long target) {
        if (caller == target) {
            throw HeiheiFailure.badParam("userId is the caller");
        }
        users.get(target);
    }
}
