package com.switchboard.platform.secret;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Named secrets made at first use and kept in the database, so every instance of the service holds the same. */
@Stateless
public class ServerSecrets {
    @PersistenceContext
    EntityManager em;
    @Resource
    SessionContext context;

    /**
     * The secret of that name, made at first use. Instances or requests racing for the first use all get the one
     * that was stored: the losers' inserts fail on the primary key and they read the winner's.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String secret(String name) {
        ServerSecrets self = context.getBusinessObject(ServerSecrets.class);
        try {
            return self.storedOrNew(name);
        } catch (RuntimeException lostTheRace) {
            return self.stored(name);
        }
    }

    /** The stored secret of that name, or a fresh one stored now; a racing first use fails (see {@link #secret}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String storedOrNew(String name) {
        List<?> found = em.createNativeQuery("SELECT secret FROM server_secret WHERE name = ?1")
                .setParameter(1, name).getResultList();
        if (!found.isEmpty()) {
            return (String) found.get(0);
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        em.createNativeQuery("INSERT INTO server_secret (name, secret, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, name).setParameter(2, secret).setParameter(3, Instant.now()).executeUpdate();
        return secret;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String stored(String name) {
        return (String) em.createNativeQuery("SELECT secret FROM server_secret WHERE name = ?1")
                .setParameter(1, name).getSingleResult();
    }
}
