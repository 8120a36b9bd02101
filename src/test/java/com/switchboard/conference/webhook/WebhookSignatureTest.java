package com.switchboard.conference.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class WebhookSignatureTest {
    @Test
    void hmacSha256OverTimestampThenBody() {
        byte[] body = "{\"describe\":\"状态数据\"}".getBytes(StandardCharsets.UTF_8);
        String sig = WebhookSignature.sign("key", "1764230400000", body);
        assertEquals(64, sig.length());
        // Independent reference: the same MAC over the concatenated bytes.
        byte[] ts = "1764230400000".getBytes(StandardCharsets.UTF_8);
        byte[] joined = new byte[ts.length + body.length];
        System.arraycopy(ts, 0, joined, 0, ts.length);
        System.arraycopy(body, 0, joined, ts.length, body.length);
        assertEquals(sig, WebhookSignature.sign("key", "", joined));
        assertNotEquals(sig, WebhookSignature.sign("other", "1764230400000", body));
        assertNotEquals(sig, WebhookSignature.sign("key", "1764230400001", body));
        assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                WebhookSignature.sign("key", "", "The quick brown fox jumps over the lazy dog"
                        .getBytes(StandardCharsets.UTF_8)), "RFC-style known vector for HMAC-SHA256");
    }
}
