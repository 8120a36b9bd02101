package com.switchboard.heihei.channel;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/** HH-MSG-05's replay memory: each nonce is accepted once within the window, on every instance. */
@Stateless
public class MessageNonces {
    private static volatile long nextCleanup;

    @PersistenceContext
    EntityManager em;

    /** @return whether {@code nonce} was not seen within {@code window} (it is remembered from now) */
    public boolean first(String nonce, Instant now, Duration window) {
        if (System.currentTimeMillis() > nextCleanup) {
            nextCleanup = System.currentTimeMillis() + 60_000;
            em.createNativeQuery("DELETE FROM hh_msg_nonce WHERE seen_at < ?1")
                    .setParameter(1, now.minus(window.multipliedBy(2))).executeUpdate();
        }
        if (!em.createNativeQuery("SELECT 1 FROM hh_msg_nonce WHERE nonce = ?1").setParameter(1, nonce)
                .getResultList().isEmpty()) {
            return false;
        }
        // two identical sends at the same instant: the primary key refuses the second (answered as busy)
        em.createNativeQuery("INSERT INTO hh_msg_nonce (nonce, seen_at) VALUES (?1, ?2)").setParameter(1, nonce)
                .setParameter(2, now).executeUpdate();
        return true;
    }
}
