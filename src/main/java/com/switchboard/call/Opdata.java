package com.switchboard.call;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The p2p invitation handed to the callee's app and echoed back verbatim (voip.md §3.2): the call's
 * {@code session_id} and an HMAC-SHA256 over it, so a forged or altered opdata names no call.
 */
public final class Opdata {
    private final byte[] key;

    public Opdata(String secret) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    public JsonObject issue(String sessionId) {
        return issue(sessionId, JsonObject.EMPTY_JSON_OBJECT);
    }

    /** The opdata with more fields the app reads (VOIP-36: the {@code sip_call_in} object). */
    public JsonObject issue(String sessionId, JsonObject fields) {
        return Json.createObjectBuilder(fields).add("session_id", sessionId).add("mac", mac(sessionId)).build();
    }

    /** The session the opdata names, if it is one this server issued. */
    public Optional<String> open(JsonValue value) {
        JsonValue opdata = value;
        if (value instanceof JsonString text) { // a form field or query parameter carries it as JSON text
            try (var reader = Json.createReader(new java.io.StringReader(text.getString()))) {
                opdata = reader.readValue();
            } catch (jakarta.json.JsonException e) {
                return Optional.empty();
            }
        }
        if (!(opdata instanceof JsonObject o) || !(o.get("session_id") instanceof JsonString sid)
                || !(o.get("mac") instanceof JsonString mac)) {
            return Optional.empty();
        }
        byte[] expected = mac(sid.getString()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, mac.getString().getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(sid.getString()) : Optional.empty();
    }

    private String mac(String sessionId) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(hmac.doFinal(("p2p:" + sessionId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
