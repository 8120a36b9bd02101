package com.switchboard.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** Login passwords, hashed with Jakarta Security's PBKDF2 (salted, SHA-256). Passwords are never logged. */
@ApplicationScoped
public class PasswordHasher {
    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "100000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return hash != null && password != null && pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends a check's time on a hash nothing matches: an unknown account answers as slowly as a wrong password. */
    public void matchesNothing(String password) {
        String decoy = this.decoy;
        if (decoy == null) {
            decoy = hash(java.util.UUID.randomUUID().toString());
            this.decoy = decoy;
        }
        pbkdf2.verify((password == null ? "" : password).toCharArray(), decoy);
    }

    private volatile String decoy;
}
