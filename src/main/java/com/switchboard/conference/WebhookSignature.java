package com.switchboard.conference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The additive callback header {@code X-Switchboard-Signature}: HMAC-SHA256, keyed with the organisation's permanent
 * key, over the {@code X-Switchboard-Timestamp} value followed by the exact body bytes, as lowercase hex. The body
 * itself stays as conference.md gives it.
 */
public final class WebhookSignature {
    private WebhookSignature() {
    }

    public static String sign(String key, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
