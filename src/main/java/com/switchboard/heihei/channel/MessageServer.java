package com.switchboard.heihei.channel;

import com.switchboard.platform.binding.JsonText;
import com.switchboard.platform.secret.Hmac;
import com.switchboard.platform.secret.ServerSecrets;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The server envelopes of heihei.md §13.2 (HH-ENV-01..03) as the message server takes them: checked, then only
 * {@code msg} goes to the sockets of the addressed users.
 */
@ApplicationScoped
public class MessageServer {
    static final String SECRET_NAME = "heihei.message-server";

    @Inject
    HeiheiChannel channel;
    @Inject
    HeiheiPush push;
    @Inject
    ServerSecrets secrets;
    /** The secret HH-MSG-05 signatures are made with; generated and kept in the database when not set. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.message-secret")
    Optional<String> configuredSecret;

    private volatile Hmac hmac;

    /** HH-MSG-05: 701 for a signature that does not match {@code data}, 700 for a malformed envelope. */
    public void send(String data, String signature) {
        if (!hmac().matches(data, signature)) {
            throw new HeiheiFailure(701, "signature错误");
        }
        JsonObject envelope;
        try {
            JsonValue v = JsonText.read(data);
            if (!(v instanceof JsonObject o)) {
                throw HeiheiFailure.badParam("data must be a JSON object");
            }
            envelope = o;
        } catch (JsonException e) {
            throw HeiheiFailure.badParam("data is not JSON");
        }
        if (!(envelope.get("msg") instanceof JsonObject msg)) {
            throw HeiheiFailure.badParam("msg");
        }
        String type = envelope.get("type") instanceof JsonString s ? s.getString() : "";
        switch (type) {
            case "tosingle" -> push.toUser(id(envelope, "targetUserId"), msg);
            case "toChat" -> channel.toTopic(HeiheiChannel.chatTopic(id(envelope, "chatId")), msg);
            case "toLive" -> channel.toTopic(HeiheiChannel.liveTopic(id(envelope, "liveId")), msg);
            default -> throw HeiheiFailure.badParam("type must be tosingle, toChat or toLive");
        }
    }

    /** The signature of {@code data} (for the servers that send, and for tests). */
    public String sign(String data) {
        return hmac().mac(data);
    }

    private Hmac hmac() {
        Hmac h = hmac;
        if (h == null) {
            String secret = configuredSecret.filter(s -> !s.isBlank()).orElseGet(() -> secrets.secret(SECRET_NAME));
            h = Hmac.of(secret);
            hmac = h;
        }
        return h;
    }

    private static long id(JsonObject envelope, String name) {
        JsonValue v = envelope.get(name);
        try {
            if (v instanceof JsonNumber n) {
                return n.longValueExact();
            }
            if (v instanceof JsonString s) {
                return Long.parseLong(s.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to 700
        }
        throw HeiheiFailure.badParam(name);
    }
}
