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
public class MessageServer implements com.switchboard.platform.config.InsecureMode {
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

    /** HH-MSG-05 (Proposed): envelopes must carry {@code nonce} and a fresh {@code timeStamp}. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.message-require-nonce", defaultValue = "false")
    boolean requireNonce;
    /** How far an envelope's {@code timeStamp} may be from now, and how long its nonce is remembered. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.message-window-seconds", defaultValue = "300")
    long windowSeconds;
    @Inject
    MessageNonces nonces;

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
        checkFresh(envelope);
        String type = envelope.get("type") instanceof JsonString s ? s.getString() : "";
        switch (type) {
            case "tosingle" -> push.toUser(id(envelope, "targetUserId"), msg);
            case "toChat" -> channel.toTopic(HeiheiChannel.chatTopic(id(envelope, "chatId")), msg);
            case "toLive" -> channel.toTopic(HeiheiChannel.liveTopic(id(envelope, "liveId")), msg);
            default -> throw HeiheiFailure.badParam("type must be tosingle, toChat or toLive");
        }
    }

    /**
     * A signed envelope with a {@code nonce} (≤ 64 characters) is accepted once, and only while its {@code timeStamp}
     * (ms) is within the window of now: a captured call cannot be replayed. Without a nonce it is accepted as the
     * seed's servers send it, unless {@code message-require-nonce} is set.
     */
    private void checkFresh(JsonObject envelope) {
        JsonValue nonce = envelope.get("nonce");
        if (nonce == null && !requireNonce) {
            return;
        }
        if (!(nonce instanceof JsonString n) || n.getString().isBlank() || n.getString().length() > 64) {
            throw HeiheiFailure.badParam("nonce");
        }
        if (!(envelope.get("timeStamp") instanceof JsonNumber ts) || !ts.isIntegral()) {
            throw HeiheiFailure.badParam("timeStamp");
        }
        java.time.Instant now = java.time.Instant.now();
        java.time.Duration window = java.time.Duration.ofSeconds(Math.max(1, windowSeconds));
        long ms = ts.bigIntegerValue().max(java.math.BigInteger.valueOf(Long.MIN_VALUE / 2))
                .min(java.math.BigInteger.valueOf(Long.MAX_VALUE / 2)).longValue();
        if (Math.abs(now.toEpochMilli() - ms) > window.toMillis()) {
            throw new HeiheiFailure(701, "signature错误: timeStamp outside the window");
        }
        if (!nonces.first(n.getString(), now, window)) {
            throw new HeiheiFailure(701, "signature错误: nonce already used");
        }
    }

    @Override
    public java.util.List<String> inEffect() {
        return requireNonce ? java.util.List.of() : java.util.List.of("SWITCHBOARD_HEIHEI_MESSAGE_REQUIRE_NONCE=false: "
                + "HH-MSG-05 envelopes without nonce and timeStamp are accepted, so a captured signed call can be replayed");
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
