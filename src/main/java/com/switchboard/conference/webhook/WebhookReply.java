package com.switchboard.conference.webhook;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.StringReader;

/** What an integrator's reply to a callback means for delivery (conference.md §3). */
public enum WebhookReply {
    /** Received (or already received): delivery ends. */
    DELIVERED,
    /** Refused in a way a retry cannot fix: no automatic retry, kept for operations. */
    REJECTED,
    /** Network error, non-2xx or no parseable reply: retry on the schedule. */
    RETRY;

    /** CONF-08: {@code {"result":"0"}} is received; anything else is retried. */
    public static WebhookReply ofStatus(int httpStatus, String body) {
        JsonObject o = parse(httpStatus, body);
        return o != null && "0".equals(text(o, "result")) ? DELIVERED : RETRY;
    }

    /**
     * CONF-09: {@code code} (trimmed) {@code 0000} received, {@code 0002} duplicate (also received);
     * {@code 0001 0003 0004 0005 0010} not retried; anything else, or no reply, is retried.
     */
    public static WebhookReply ofRecord(int httpStatus, String body) {
        JsonObject o = parse(httpStatus, body);
        String code = o == null ? null : text(o, "code");
        if (code == null) {
            return RETRY;
        }
        switch (code) {
            case "0000":
            case "0002":
                return DELIVERED;
            case "0001":
            case "0003":
            case "0004":
            case "0005":
            case "0010":
                return REJECTED;
            default:
                return RETRY;
        }
    }

    private static JsonObject parse(int httpStatus, String body) {
        if (httpStatus < 200 || httpStatus > 299 || body == null) {
            return null;
        }
        try (var reader = Jsons.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString().trim() : null;
    }
}
