package com.switchboard.platform.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** {@code Authorization: Bearer <token>} against a configured token, compared in constant time. */
public final class BearerToken {
    private BearerToken() {
    }

    /** @param authorization the header value, may be null; {@code expected} must be set and non-blank */
    public static boolean matches(String authorization, String expected) {
        String presented = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).trim() : "";
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
