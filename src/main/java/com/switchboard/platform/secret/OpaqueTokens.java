package com.switchboard.platform.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer values that grant a session (lwork's {@code session}, heihei's {@code token}): 256 random bits, stored
 * only as their SHA-256, so a copy of the database signs nobody in.
 */
public final class OpaqueTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No value this long was ever issued; longer ones are refused before hashing. */
    public static final int MAX_LENGTH = 128;

    private OpaqueTokens() {
    }

    public static String newValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a value: 64 lowercase hex digits. */
    public static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
