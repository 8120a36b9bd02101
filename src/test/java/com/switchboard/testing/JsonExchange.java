package com.switchboard.testing;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** JSON in and out of a fake provider's {@link HttpExchange}, as the real providers speak it. */
public final class JsonExchange {
    private JsonExchange() {
    }

    /** The request body as a JSON object (a malformed body throws {@link jakarta.json.JsonException}). */
    public static JsonObject read(HttpExchange exchange) throws IOException {
        try (var reader = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    /** Answers 200 with {@code body} as UTF-8 JSON and closes the exchange. */
    public static void reply(HttpExchange exchange, JsonObject body) throws IOException {
        reply(exchange, 200, body.toString());
    }

    /** Answers {@code status} with {@code json} (any JSON text, as a provider writes it) and closes the exchange. */
    public static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The query string's parameters, decoded. */
    public static Map<String, String> query(HttpExchange exchange) {
        return form(exchange.getRequestURI().getRawQuery());
    }

    /** {@code application/x-www-form-urlencoded} text as parameters (a pair without {@code =} is skipped). */
    public static Map<String, String> form(String encoded) {
        Map<String, String> params = new HashMap<>();
        for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
