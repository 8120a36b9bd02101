package com.switchboard.push.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.switchboard.testing.JsonExchange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Getui REST v2 server: {@code /v2/<appId>/auth} checks the SHA-256 sign and hands out tokens;
 * {@code /v2/<appId>/push/single/cid} requires a live token in the {@code token} header, checks the body's shape and
 * the client id, and answers in Getui's {@code code/msg/data} JSON.
 */
final class FakeGetui implements AutoCloseable {
    record Received(String cid, JsonObject transmission, JsonObject body) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final Set<String> knownCids = ConcurrentHashMap.newKeySet();
    final AtomicInteger authCalls = new AtomicInteger();
    private final Set<String> liveTokens = ConcurrentHashMap.newKeySet();
    private final HttpServer server;
    private final String appId;
    private final String appKey;
    private final String masterSecret;

    FakeGetui(String appId, String appKey, String masterSecret) throws IOException {
        this.appId = appId;
        this.appKey = appKey;
        this.masterSecret = masterSecret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/" + appId + "/auth", this::auth);
        server.createContext("/v2/" + appId + "/push/single/cid", this::push);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2/");
    }

    /** Every token handed out so far stops working (as when Getui's 24 h run out). */
    void expireTokens() {
        liveTokens.clear();
    }

    private void auth(HttpExchange exchange) throws IOException {
        authCalls.incrementAndGet();
        JsonObject body = JsonExchange.read(exchange);
        String ts = body.getString("timestamp", "");
        if (!appKey.equals(body.getString("appkey", ""))
                || !GetuiPushProvider.sha256(appKey + ts + masterSecret).equals(body.getString("sign", ""))) {
            JsonExchange.reply(exchange, Json.createObjectBuilder().add("code", 20001).add("msg", "sign error").build());
            return;
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        liveTokens.add(token);
        JsonExchange.reply(exchange, Json.createObjectBuilder().add("code", 0).add("msg", "success").add("data",
                Json.createObjectBuilder().add("expire_time", String.valueOf(System.currentTimeMillis() + 86_400_000L))
                        .add("token", token)).build());
    }

    private void push(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("token");
        if (token == null || !liveTokens.contains(token)) {
            JsonExchange.reply(exchange, Json.createObjectBuilder().add("code", 10001).add("msg", "token invalid").build());
            return;
        }
        JsonObject body = JsonExchange.read(exchange);
        String requestId = body.getString("request_id", "");
        JsonArray cids = body.containsKey("audience") ? body.getJsonObject("audience").getJsonArray("cid") : null;
        if (requestId.length() < 10 || requestId.length() > 32 || cids == null || cids.size() != 1
                || !body.containsKey("push_message")) {
            JsonExchange.reply(exchange, Json.createObjectBuilder().add("code", 20001).add("msg", "param error").build());
            return;
        }
        String cid = cids.getString(0);
        if (!knownCids.contains(cid)) {
            JsonExchange.reply(exchange, Json.createObjectBuilder().add("code", 20001).add("msg", "cid is invalid").build());
            return;
        }
        JsonObject transmission;
        try (var reader = Json.createReader(new StringReader(body.getJsonObject("push_message")
                .getString("transmission")))) {
            transmission = reader.readObject();
        }
        received.add(new Received(cid, transmission, body));
        JsonExchange.reply(exchange, Json.createObjectBuilder().add("code", 0).add("msg", "").add("data",
                Json.createObjectBuilder().add("RASS_" + requestId, Json.createObjectBuilder()
                        .add(cid, "successed_online"))).build());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
