package com.switchboard.heihei.user;

import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finding and creating heihei users. */
@Dependent
public class HeiheiUsers {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** User ids are random in [1e12, 2^53): unguessable, and exact in a JavaScript number. */
    static final long ID_FLOOR = 1_000_000_000_000L;
    static final long ID_CEILING = 1L << 53;

    @PersistenceContext
    EntityManager em;

    public Optional<HeiheiUser> find(long id) {
        return Optional.ofNullable(em.find(HeiheiUser.class, id));
    }

    /** The user, or 710. */
    public HeiheiUser get(long id) {
        return find(id).orElseThrow(HeiheiFailure::noUser);
    }

    public HeiheiUser locked(long id) {
        HeiheiUser user = em.find(HeiheiUser.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw HeiheiFailure.noUser();
        }
        return user;
    }

    public Optional<HeiheiUser> byPhone(String phone) {
        return first(em.createQuery("select u from HeiheiUser u where u.phone = :p", HeiheiUser.class)
                .setParameter("p", phone).getResultList());
    }

    /** A new user with a placeholder name, to complete with HH-USER-04 ({@code needRegist}). */
    HeiheiUser create(Instant now) {
        long id;
        do {
            id = ID_FLOOR + (long) (RANDOM.nextDouble() * (ID_CEILING - ID_FLOOR));
        } while (em.find(HeiheiUser.class, id) != null);
        long heiNum;
        do {
            heiNum = 10_000_000L + RANDOM.nextInt(90_000_000);
        } while (!em.createQuery("select u.id from HeiheiUser u where u.heiNum = :n", Long.class)
                .setParameter("n", heiNum).getResultList().isEmpty());
        HeiheiUser user = new HeiheiUser(id, heiNum, "黑黑" + heiNum, now);
        em.persist(user);
        return user;
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
