package com.switchboard.platform.wire;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

/** ISV conference API (conference.md §0.3): {@code {"result":"0","describe":"success"}}, result a string. */
public final class IsvDialect implements Dialect {
    public static final IsvDialect INSTANCE = new IsvDialect();

    public static JsonObject reply(String result, String describe) {
        return Jsons.createObjectBuilder().add("result", result).add("describe", describe).build();
    }

    @Override
    public JsonObject body(ErrorKind kind, String message) {
        return switch (kind) {
            case SERVER_ERROR -> reply("9", "internal error");
            case CONFLICT -> reply("9", "busy, try again");
            case NOT_FOUND -> reply("2", "unknown method");
            case TOO_LARGE -> reply("2", "request too large");
            default -> reply("2", message == null ? "invalid parameter" : message);
        };
    }

    @Override
    public JsonObject body(String code, String message) {
        return reply(code, message);
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
        String result = body.get("result") instanceof jakarta.json.JsonString s ? s.getString() : "0";
        return "0".equals(result) ? java.util.Optional.empty()
                : java.util.Optional.of(result + " " + body.getString("describe", ""));
    }
}
