package com.switchboard.billing.dth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.switchboard.testing.JsonExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A billing system on loopback speaking {@link HttpDthBillingSystem}'s protocol: bearer token checked, minutes per
 * account, records per account; every request body kept.
 */
public final class FakeDthBillingSystem implements AutoCloseable {
    private final HttpServer server;
    private final String token;
    public final Map<String, Integer> minutes = new ConcurrentHashMap<>();
    public final List<JsonObject> requests = new CopyOnWriteArrayList<>();

    public FakeDthBillingSystem(int port, String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/billing/query_minutes", e -> answer(e, body -> {
            Integer m = minutes.get(body.getString("account", ""));
            return m == null ? Json.createObjectBuilder().add("status", "failed").add("reason", "account_not_exist")
                    .build() : Json.createObjectBuilder().add("status", "ok").add("minutes", m).build();
        }));
        server.createContext("/billing/query_records", e -> answer(e, body -> minutes.containsKey(
                body.getString("account", "")) ? Json.createObjectBuilder().add("status", "ok").add("records",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("called", "13900001111")
                        .add("start", body.getString("start")).add("minutes", 3))).build()
                : Json.createObjectBuilder().add("status", "failed").add("reason", "account_not_exist").build()));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange, java.util.function.Function<JsonObject, JsonObject> handler)
            throws IOException {
        if (token != null && !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        JsonObject body = JsonExchange.read(exchange);
        requests.add(body);
        JsonExchange.reply(exchange, handler.apply(body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
