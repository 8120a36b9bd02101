package com.switchboard.platform.envelope;

import com.switchboard.platform.wire.ApiFailure;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The lwork {@code data_enc} envelope (VOIP-62). Obfuscation, not encryption: a request value is 7 arbitrary
 * characters followed by the Base64 of the JSON text; a reply value is that Base64 with 2 random characters inserted
 * after its third character.
 */
public final class DataEnvelope {
    public static final String KEY = "data_enc";
    private static final int REQUEST_PREFIX = 7;
    private static final int REPLY_SPLIT = 3;
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private DataEnvelope() {
    }

    /** VOIP-62 request side: drop the 7-character prefix, Base64-decode (padding optional). */
    public static String openRequest(String value) {
        if (value.length() < REQUEST_PREFIX) {
            throw ApiFailure.invalidParams("data_enc too short");
        }
        try {
            byte[] plain = Base64.getDecoder().decode(pad(value.substring(REQUEST_PREFIX).strip()));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiFailure.invalidParams("data_enc is not Base64");
        }
    }

    /** VOIP-62 reply side: Base64 of the JSON text with two random alphabet characters inserted after the third. */
    public static String sealReply(String json) {
        String b = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return b.substring(0, REPLY_SPLIT) + ALPHABET[RANDOM.nextInt(ALPHABET.length)]
                + ALPHABET[RANDOM.nextInt(ALPHABET.length)] + b.substring(REPLY_SPLIT);
    }

    /** What a client does with a reply value: delete positions 3 and 4, Base64-decode. */
    public static String openReply(String value) {
        String b = value.substring(0, REPLY_SPLIT) + value.substring(REPLY_SPLIT + 2);
        return new String(Base64.getDecoder().decode(pad(b)), StandardCharsets.UTF_8);
    }

    /** What a client does with a request: prefix + Base64 of the JSON text. */
    public static String sealRequest(String prefix7, String json) {
        if (prefix7.length() != REQUEST_PREFIX) {
            throw new IllegalArgumentException("prefix must be 7 characters");
        }
        return prefix7 + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pad(String b) {
        int rest = b.length() % 4;
        return rest == 0 ? b : b + "=".repeat(4 - rest);
    }
}
