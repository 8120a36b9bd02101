package com.switchboard.heihei.live;

import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Lists of lives (HH-LIVE-17..19): recommended, by followed users, by one user. */
@Stateless
public class LiveFeed {
    static final int MAX_LIVES = 20;
    static final int MAX_FOLLOWED = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    SocialService social;
    @Inject
    HeiheiUsers users;

    /** One user's lives and how many there are. */
    public record Page(long totalCount, boolean isFollowed, List<Live> lives) {
    }

    /** HH-LIVE-17: visible lives on now, fullest first. */
    public List<Live> recommendedLive() {
        return em.createQuery("select l from Live l where l.status = 1 and l.visible = 1 "
                + "order by l.onlineUsers desc, l.startedAt desc", Live.class).setMaxResults(MAX_LIVES).getResultList();
    }

    /** HH-LIVE-17 {@code liveskback}: visible replays, newest first. */
    public List<Live> recommendedReplays() {
        return em.createQuery("select l from Live l where l.status = 2 and l.visible = 1 order by l.endedAt desc",
                Live.class).setMaxResults(MAX_LIVES).getResultList();
    }

    /** HH-LIVE-18: the followed users' visible lives in {@code status} (1 on now, 2 replays). */
    public List<Live> followed(long caller, int status) {
        List<Long> followees = social.followingIds(caller, MAX_FOLLOWED);
        if (followees.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Live l where l.userId in :u and l.status = :s and l.visible = 1 "
                        + "order by l.createdAt desc", Live.class).setParameter("u", followees)
                .setParameter("s", status).setMaxResults(MAX_LIVES).getResultList();
    }

    /** HH-LIVE-19: the caller's own lives (all but deleted), or another user's visible lives on now or ended. */
    public Page byUser(long caller, Long userId, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw HeiheiFailure.badParam("offset/limit");
        }
        long whose = userId == null ? caller : userId;
        users.get(whose);
        boolean own = whose == caller;
        String where = own ? "where l.userId = :u and l.status <> 4"
                : "where l.userId = :u and l.status in (1, 2) and l.visible = 1";
        long total = em.createQuery("select count(l) from Live l " + where, Long.class).setParameter("u", whose)
                .getSingleResult();
        List<Live> page = em.createQuery("select l from Live l " + where + " order by l.createdAt desc", Live.class)
                .setParameter("u", whose).setFirstResult(offset).setMaxResults(Math.min(limit, MAX_LIVES))
                .getResultList();
        return new Page(total, !own && social.follows(caller, whose), page);
    }

    /** The live the user is streaming now, if any (HH-USER-06 {@code userStatus} type 5). */
    public java.util.Optional<Live> streaming(long userId) {
        return em.createQuery("select l from Live l where l.openAnchor = :u and l.status = 1", Live.class)
                .setParameter("u", userId).getResultList().stream().findFirst();
    }
}
