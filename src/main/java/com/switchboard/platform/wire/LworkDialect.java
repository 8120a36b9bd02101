package com.switchboard.platform.wire;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** lwork VoIP family (voip.md §0.4): {@code {"status":"ok",...}} / {@code {"status":"failed","reason":"..."}}. */
public final class LworkDialect implements Dialect {
    public static final LworkDialect INSTANCE = new LworkDialect();

    public static JsonObjectBuilder ok() {
        return Jsons.createObjectBuilder().add("status", "ok");
    }

    public static JsonObject failed(String reason) {
        return Jsons.createObjectBuilder().add("status", "failed").add("reason", reason).build();
    }

    @Override
    public JsonObject body(ErrorKind kind, String message) {
        return failed(switch (kind) {
            case INVALID_PARAMS, TOO_LARGE, METHOD_NOT_ALLOWED -> "invalid_params";
            case NOT_FOUND -> "not_found";
            case SERVER_ERROR -> "server_error";
            case CONFLICT -> "busy";
        });
    }

    @Override
    public JsonObject body(String code, String message) {
        return failed(code);
    }

    @Override
    public int status(ErrorKind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            default -> 200; // voip.md §0.4: HTTP 200 for every application result
        };
    }

    @Override
    public java.util.Optional<String> failure(JsonObject body) {
        return "failed".equals(body.getString("status", null))
                ? java.util.Optional.of(body.getString("reason", "failed")) : java.util.Optional.empty();
    }
}
