package com.switchboard.call;

import com.switchboard.platform.secret.Hmac;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Optional;

/**
 * The p2p invitation handed to the callee's app and echoed back verbatim (voip.md §3.2): the call's
 * {@code session_id} and an HMAC-SHA256 over it, so a forged or altered opdata names no call.
 */
public final class Opdata {
    private final Hmac hmac;

    public Opdata(String secret) {
        this.hmac = Hmac.of(secret);
    }

    public JsonObject issue(String sessionId) {
        return issue(sessionId, JsonObject.EMPTY_JSON_OBJECT);
    }

    /** The opdata with more fields the app reads (VOIP-36: the {@code sip_call_in} object). */
    public JsonObject issue(String sessionId, JsonObject fields) {
        return Jsons.createObjectBuilder(fields).add("session_id", sessionId).add("mac", mac(sessionId)).build();
    }

    /** The session the opdata names, if it is one this server issued. */
    public Optional<String> open(JsonValue value) {
        JsonValue opdata = value;
        if (value instanceof JsonString text) { // a form field or query parameter carries it as JSON text
            try {
                opdata = com.switchboard.platform.binding.JsonText.read(text.getString());
            } catch (jakarta.json.JsonException e) {
                return Optional.empty();
            }
        }
        if (!(opdata instanceof JsonObject o) || !(o.get("session_id") instanceof JsonString sid)
                || !(o.get("mac") instanceof JsonString mac)) {
            return Optional.empty();
        }
        return hmac.matches("p2p:" + sid.getString(), mac.getString()) ? Optional.of(sid.getString())
                : Optional.empty();
    }

    private String mac(String sessionId) {
        return hmac.mac("p2p:" + sessionId);
    }
}
