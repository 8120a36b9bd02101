package com.switchboard.notify;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * VOIP-41's proof that the viewer of the H5 mail page is the user: {@code t = <expiry epoch s>.<HMAC-SHA256(uuid|
 * expiry)>}, issued to a logged-in device by {@code lwork/mail/page_link}. A guessed uuid alone lists nothing.
 */
public final class MailPageTokens {
    private final byte[] key;

    public MailPageTokens(byte[] key) {
        this.key = key.clone();
    }

    public String issue(String uuid, Instant now, Duration ttl) {
        long expiry = now.plus(ttl).getEpochSecond();
        return expiry + "." + mac(uuid + "|" + expiry);
    }

    public boolean valid(String uuid, String token, Instant now) {
        if (uuid == null || token == null) {
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
        byte[] expected = mac(uuid + "|" + expiry).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) && now.getEpochSecond() < expiry;
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
