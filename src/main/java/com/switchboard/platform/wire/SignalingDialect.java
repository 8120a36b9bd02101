package com.switchboard.platform.wire;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

/** Signaling account API (signaling.md §0.1): {@code errorCode}, {@code errorCodeName}, {@code message}. */
public final class SignalingDialect implements Dialect {
    public static final SignalingDialect INSTANCE = new SignalingDialect();

    public enum Code {
        ERROR_CODE_NONE, ERROR_CODE_INTERNAL_ERROR, ERROR_CODE_DATA_INVALID, ERROR_CODE_PHONE_INVALID,
        ERROR_CODE_TOKEN_INVALID, ERROR_CODE_DEVICE_INVALID
    }

    public static JsonObject reply(Code code, String message) {
        return Jsons.createObjectBuilder().add("errorCode", code.ordinal()).add("errorCodeName", code.name())
                .add("message", message == null ? "" : message).build();
    }

    @Override
    public JsonObject body(ErrorKind kind, String message) {
        return switch (kind) {
            case SERVER_ERROR -> reply(Code.ERROR_CODE_INTERNAL_ERROR, "internal error");
            case CONFLICT -> reply(Code.ERROR_CODE_INTERNAL_ERROR, "busy, try again");
            case NOT_FOUND -> reply(Code.ERROR_CODE_DATA_INVALID, "unknown path");
            case TOO_LARGE -> reply(Code.ERROR_CODE_DATA_INVALID, "request body too large");
            default -> reply(Code.ERROR_CODE_DATA_INVALID, message == null ? "request data invalid" : message);
        };
    }

    @Override
    public JsonObject body(String code, String message) {
        return reply(Code.valueOf(code), message);
    }

    @Override
    public int status(ErrorKind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            default -> 200;
        };
    }

    @Override
    public java.util.Optional<String> failure(JsonObject body) {
        int code = body.get("errorCode") instanceof jakarta.json.JsonNumber n ? n.intValue() : 0;
        return code == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(body.getString("errorCodeName", String.valueOf(code)) + " "
                + body.getString("message", ""));
    }
}
