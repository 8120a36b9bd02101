package com.switchboard.conference.isv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * conference.md §0.6: {@code sign = SHA1(identifier + key + timestamp)}, lowercase hex, compared case-insensitively
 * in constant time; the timestamp is 13-digit epoch milliseconds or {@code yyyyMMddHHmmss} in the server's zone and
 * must lie within the window of now.
 */
public final class IsvSignature {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private IsvSignature() {
    }

    public static String sign(String identifier, String key, String timestamp) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((identifier + key + timestamp).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code given} is the signature of these values (case-insensitive, constant time). */
    public static boolean matches(String identifier, String key, String timestamp, String given) {
        if (given == null || key == null) {
            return false;
        }
        byte[] expected = sign(identifier, key, timestamp).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** The instant a timestamp names, or null when it is in neither accepted form. */
    public static Instant parse(String timestamp, ZoneId zone) {
        if (timestamp == null) {
            return null;
        }
        String t = timestamp.trim();
        try {
            if (t.matches("\\d{13}")) {
                return Instant.ofEpochMilli(Long.parseLong(t));
            }
            if (t.matches("\\d{14}")) {
                return LocalDateTime.parse(t, COMPACT).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Whether the timestamp lies within {@code window} of {@code now}, either side. */
    public static boolean fresh(Instant stamped, Instant now, Duration window) {
        return stamped != null && !stamped.isBefore(now.minus(window)) && !stamped.isAfter(now.plus(window));
    }
}
