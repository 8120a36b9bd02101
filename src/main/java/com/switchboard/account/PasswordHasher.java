package com.switchboard.account;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Login passwords, hashed with PBKDF2 (salted, SHA-256) in Jakarta Security's stored form
 * {@code algorithm:iterations:salt:hash} (Base64), so hashes written before stay valid. Done here with the JDK rather
 * than through Jakarta Security's bean, which not every server offers an application that uses no other part of it.
 * Passwords are never logged.
 */
@ApplicationScoped
public class PasswordHasher {
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final Set<String> ACCEPTED = Set.of("PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256",
            "PBKDF2WithHmacSHA384", "PBKDF2WithHmacSHA512");
    private static final int ITERATIONS = 100_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile String decoy;

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password.toCharArray(), salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    public boolean matches(String password, String hash) {
        return hash != null && password != null && verify(password, hash);
    }

    /** Spends a check's time on a hash nothing matches: an unknown account answers as slowly as a wrong password. */
    public void matchesNothing(String password) {
        String decoy = this.decoy;
        if (decoy == null) {
            decoy = hash(java.util.UUID.randomUUID().toString());
            this.decoy = decoy;
        }
        verify(password == null ? "" : password, decoy);
    }

    static boolean verify(String password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ACCEPTED.contains(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || expected.length == 0
                    || expected.length > 64) {
                return false;
            }
            byte[] actual = derive(parts[0], password.toCharArray(), salt, iterations, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
