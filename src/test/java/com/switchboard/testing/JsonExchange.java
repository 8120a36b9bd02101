package com.switchboard.testing;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

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
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
