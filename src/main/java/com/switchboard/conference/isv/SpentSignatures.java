package com.switchboard.conference.isv;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Marks an ISV signature used (conference.md §0.6 replay) in a transaction of its own: the mark sticks even when the
 * signed call then fails, so one signature cannot be tried again against another method within its window.
 */
@Stateless
public class SpentSignatures {
    @PersistenceContext
    EntityManager em;

    /** @return false when the signature was spent before (also by a concurrent request: the key decides) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean spend(String identity, String normalizedSign, Instant expiresAt) {
        if (!em.createNativeQuery("SELECT 1 FROM isv_signature WHERE identity = ?1 AND sign = ?2")
                .setParameter(1, identity).setParameter(2, normalizedSign).getResultList().isEmpty()) {
            return false;
        }
        em.createNativeQuery("INSERT INTO isv_signature (identity, sign, expires_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, identity).setParameter(2, normalizedSign).setParameter(3, expiresAt)
                .executeUpdate();
        return true;
    }
}
