package com.switchboard.platform.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * A password, token, SMS code or key on its way through the application. It prints as {@code ******}, and its
 * fields hold the value masked with a one-time pad, so neither a log line, an exception message nor an FFDC dump
 * of a call's arguments (which reads fields reflectively) shows it.
 */
public final class Secret {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] masked;
    private final byte[] pad;

    private Secret(String value) {
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        pad = new byte[plain.length];
        RANDOM.nextBytes(pad);
        masked = new byte[plain.length];
        for (int i = 0; i < plain.length; i++) {
            masked[i] = (byte) (plain[i] ^ pad[i]);
        }
    }

    /** Null for null, so optional request fields stay optional. */
    public static Secret of(String value) {
        return value == null ? null : new Secret(value);
    }

    /** The value, for the one place that needs it (a hash, a comparison, a signature). */
    public String reveal() {
        byte[] plain = new byte[masked.length];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) (masked[i] ^ pad[i]);
        }
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** Constant-time comparison with a value presented as text. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(reveal().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isBlank() {
        return reveal().isBlank();
    }

    @Override
    public String toString() {
        return "******";
    }
}
