package com.switchboard.platform.wire;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

/** Operations and unknown paths: {@code {"error":"<code>"}} with a meaningful HTTP status. */
public final class PlainDialect implements Dialect {
    public static final PlainDialect INSTANCE = new PlainDialect();

    public static JsonObject error(String code) {
        return Jsons.createObjectBuilder().add("error", code).build();
    }

    @Override
    public JsonObject body(ErrorKind kind, String message) {
        return error(switch (kind) {
            case INVALID_PARAMS -> "bad_request";
            case TOO_LARGE -> "too_large";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case SERVER_ERROR -> "server_error";
            case CONFLICT -> "conflict";
        });
    }

    @Override
    public JsonObject body(String code, String message) {
        return error(code);
    }

    @Override
    public int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID_PARAMS -> 400;
            case TOO_LARGE -> 413;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case SERVER_ERROR -> 500;
            case CONFLICT -> 409;
        };
    }

    @Override
    public java.util.Optional<String> failure(JsonObject body) {
        return body.get("error") instanceof jakarta.json.JsonString s ? java.util.Optional.of(s.getString())
                : java.util.Optional.empty();
    }
}
