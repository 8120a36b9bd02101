package com.switchboard.signaling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** The token secret generated at first start when none is configured, kept in the database for every instance. */
@Stateless
public class SecretStore {
    @PersistenceContext
    EntityManager em;

    /** Reads the stored secret or stores a fresh one; a concurrent first start loses the insert and reads the winner's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String storedOrNew() {
        List<?> found = em.createNativeQuery("SELECT secret FROM sig_secret WHERE id = 1").getResultList();
        if (!found.isEmpty()) {
            return (String) found.get(0);
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        em.createNativeQuery("INSERT INTO sig_secret (id, secret, created_at) VALUES (1, ?1, ?2)")
                .setParameter(1, secret).setParameter(2, Instant.now()).executeUpdate();
        return secret;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String stored() {
        return (String) em.createNativeQuery("SELECT secret FROM sig_secret WHERE id = 1").getSingleResult();
    }
}
