package com.switchboard.platform.wire;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

/** heihei live-social API (heihei.md §0.4/0.5): {@code {"errorcode":0,"errormsg":"success",...}}. */
public final class HeiheiDialect implements Dialect {
    public static final HeiheiDialect INSTANCE = new HeiheiDialect();

    /** A success envelope to add the payload to. */
    public static jakarta.json.JsonObjectBuilder ok() {
        return Jsons.createObjectBuilder().add("errorcode", 0).add("errormsg", "success");
    }

    /** The success envelope alone ({@code {}} in the spec's skeletons). */
    public static JsonObject success() {
        return reply(0, "success");
    }

    public static JsonObject reply(int errorcode, String errormsg) {
        return Jsons.createObjectBuilder().add("errorcode", errorcode).add("errormsg", errormsg).build();
    }

    @Override
    public JsonObject body(ErrorKind kind, String message) {
        return switch (kind) {
            case SERVER_ERROR, CONFLICT -> reply(400, "业务失败");
            case NOT_FOUND -> reply(700, "参数错误: 接口不存在");
            case TOO_LARGE -> reply(700, "参数错误: 请求过大");
            default -> reply(700, message == null ? "参数错误" : "参数错误: " + message);
        };
    }

    @Override
    public JsonObject body(String code, String message) {
        return reply(Integer.parseInt(code), message);
    }

    @Override
    public int status(ErrorKind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case SERVER_ERROR -> 500; // heihei.md §0.4: 5xx only for unhandled failures
            default -> 200;
        };
    }

    @Override
    public java.util.Optional<String> failure(JsonObject body) {
        int code = body.containsKey("errorcode") && body.get("errorcode") instanceof jakarta.json.JsonNumber n
                ? n.intValue() : 0;
        return code == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(code + " " + body.getString("errormsg", ""));
    }
}
