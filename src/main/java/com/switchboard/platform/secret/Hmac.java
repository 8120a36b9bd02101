package com.switchboard.platform.secret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * HMAC-SHA256 with one key: the MACs our own tokens carry (p2p opdata, mail page links, and those to come), compared
 * in constant time, and expiring tokens {@code <expiry epoch s>.<mac(subject|expiry)>}.
 */
public final class Hmac {
    private final byte[] key;

    public Hmac(byte[] key) {
        this.key = key.clone();
    }

    public static Hmac of(String secret) {
        return new Hmac(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The raw HMAC-SHA256 of {@code parts} in order, keyed with {@code key} (for vendor signatures as well). */
    public static byte[] sha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64url, no padding. */
    public String mac(String text) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sha256(key, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code given} is the MAC of {@code text}, compared in constant time. */
    public boolean matches(String text, String given) {
        return given != null && MessageDigest.isEqual(mac(text).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    public String issueExpiring(String subject, Instant expiry) {
        long at = expiry.getEpochSecond();
        return at + "." + mac(subject + "|" + at);
    }

    /** Whether the token was issued for {@code subject} by {@link #issueExpiring} and has not expired. */
    public boolean validExpiring(String subject, String token, Instant now) {
        if (subject == null || token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expiry;
        try {
            expiry = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        return matches(subject + "|" + expiry, token.substring(dot + 1)) && now.getEpochSecond() < expiry;
    }
}
