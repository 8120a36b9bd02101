package com.switchboard.heihei.channel;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * HH-PUSH-01: the push payload of heihei.md §14, made from the channel message it stands in for (its
 * {@code getuiAction}, or the action message's {@code action}, becomes the push {@code action}; the title is the text,
 * as the seed's live-invite push shows). Getui carries it as the transmission; APNs as custom keys beside {@code aps}.
 */
public final class PushPayload {
    public static final String ANDROID = "android";
    public static final String IOS = "ios";

    private PushPayload() {
    }

    /** Whether a channel message asks to be pushed to a user who is not connected. */
    public static boolean wanted(JsonObject msg) {
        return msg.get("getuiAction") instanceof JsonString a && !a.getString().isBlank();
    }

    /** The §14 object for a device of {@code deviceType} whose provider token is {@code clientid}. */
    public static JsonObject of(JsonObject msg, String deviceType, String clientid) {
        String text = text(msg, "text");
        String action = msg.get("getuiAction") instanceof JsonString a ? a.getString() : text(msg, "action");
        JsonObjectBuilder p = Jsons.createObjectBuilder()
                .add("title", msg.get("title") instanceof JsonString t ? t.getString() : text)
                .add("text", text)
                .add("action", action)
                .add("link", text(msg, "link"))
                .add("msgId", msg.get("msgId") instanceof JsonNumber id ? id.longValue() : 0L)
                .add("fromUserName", text(msg, "fromUserName"))
                .add("gender", text(msg, "gender"))
                .add("data", msg.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT)
                .add("deviceType", deviceType)
                .add("clientid", clientid);
        if (msg.get("fromUserId") instanceof JsonNumber from) {
            p.add("fromUserId", from.longValue());
        }
        return p.build();
    }

    /** The APNs body: an alert with the title and text, the §14 fields beside it for the app. */
    public static JsonObject apns(JsonObject payload) {
        JsonObjectBuilder b = Jsons.createObjectBuilder(payload);
        b.add("aps", Jsons.createObjectBuilder()
                .add("alert", Jsons.createObjectBuilder().add("title", payload.getString("title"))
                        .add("body", payload.getString("text")))
                .add("sound", "default"));
        return b.build();
    }

    private static String text(JsonObject msg, String name) {
        return msg.get(name) instanceof JsonString s ? s.getString() : "";
    }
}
