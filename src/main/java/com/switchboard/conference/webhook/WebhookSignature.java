package com.switchboard.conference.webhook;

import com.switchboard.platform.secret.Hmac;

import java.nio.charset.StandardCharsets;
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
        return HexFormat.of().formatHex(Hmac.sha256(key.getBytes(StandardCharsets.UTF_8),
                timestamp.getBytes(StandardCharsets.UTF_8), body));
    }
}
