package com.switchboard.heihei.message;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;

/**
 * The per-user lock behind exact unread counts: everything that changes a user's conversation list first locks
 * that user's inbox row (in user-id order when it takes several), so concurrent messages on any instance are
 * counted one after another.
 */
@Stateless
public class Inboxes {
    @PersistenceContext
    EntityManager em;
    @Resource
    SessionContext context;

    /** Locks the users' inboxes until the transaction ends, lowest id first, creating any that are missing. */
    public void lock(long... userIds) {
        long[] ordered = Arrays.stream(userIds).distinct().sorted().toArray();
        for (long id : ordered) {
            if (!locked(id)) {
                // false: another request created it first; it exists now either way
                context.getBusinessObject(Inboxes.class).create(id);
                if (!locked(id)) {
                    throw new IllegalStateException("inbox " + id + " missing after creation");
                }
            }
        }
    }

    /** A new user's inbox, in the transaction that creates the user. */
    public void open(long userId) {
        em.createNativeQuery("INSERT INTO hh_inbox (user_id) VALUES (?1)").setParameter(1, userId).executeUpdate();
    }

    /**
     * A user's inbox row, in its own transaction so that losing a race to create it leaves the caller's intact; the
     * loser's transaction is rolled back quietly (a duplicate is expected here, not an error to log).
     *
     * @return whether this call created it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean create(long userId) {
        try {
            em.createNativeQuery("INSERT INTO hh_inbox (user_id) VALUES (?1)").setParameter(1, userId)
                    .executeUpdate();
            return true;
        } catch (jakarta.persistence.PersistenceException duplicate) {
            context.setRollbackOnly();
            return false;
        }
    }

    private boolean locked(long userId) {
        return !em.createNativeQuery("SELECT user_id FROM hh_inbox WHERE user_id = ?1 FOR UPDATE")
                .setParameter(1, userId).getResultList().isEmpty();
    }
}
