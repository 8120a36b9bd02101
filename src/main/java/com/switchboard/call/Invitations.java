package com.switchboard.call;

import com.switchboard.platform.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Optional;

/** Issues and checks p2p {@link Opdata} with the configured key, or one made at first use and shared in the database. */
@ApplicationScoped
public class Invitations {
    static final String SECRET_NAME = "p2p-opdata";

    @Inject
    CallSettings settings;
    @Inject
    ServerSecrets secrets;

    private volatile Opdata opdata;

    private Opdata opdata() {
        Opdata o = opdata;
        if (o == null) {
            synchronized (this) {
                if (opdata == null) {
                    opdata = new Opdata(settings.opdataSecret.filter(s -> !s.isBlank()).orElseGet(this::stored));
                }
                o = opdata;
            }
        }
        return o;
    }

    private String stored() {
        return secrets.secret(SECRET_NAME);
    }

    public JsonObject issue(String sessionId) {
        return opdata().issue(sessionId);
    }

    public JsonObject issue(String sessionId, JsonObject fields) {
        return opdata().issue(sessionId, fields);
    }

    public Optional<String> open(JsonValue value) {
        return opdata().open(value);
    }
}
