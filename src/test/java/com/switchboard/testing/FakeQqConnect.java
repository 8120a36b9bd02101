package com.switchboard.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local QQ Connect speaking its token check as graph.qq.com does: {@code GET /oauth2.0/me?access_token=…} answers
 * {@code callback( {"client_id":"…","openid":"…"} );} (or plain JSON with {@code fmt=json}); an unknown token answers
 * {@code {"error":100016,"error_description":"access token check failed"}}.
 */
public final class FakeQqConnect implements AutoCloseable {
    private static FakeQqConnect shared;
    private final HttpServer server;
    private final String appId;
    private final Map<String, String> openidByToken = new ConcurrentHashMap<>();

    public FakeQqConnect(int port, String appId) throws IOException {
        this.appId = appId;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/oauth2.0/me", this::me);
        server.start();
    }

    /** The one the ITs' server is configured with ({@code it.fake.qq.port}, app {@code it-qq-app}). */
    public static synchronized FakeQqConnect shared() {
        if (shared == null) {
            try {
                shared = new FakeQqConnect(Integer.getInteger("it.fake.qq.port", 9194), "it-qq-app");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A fresh access token QQ issued to {@code openid} for our app. */
    public String tokenFor(String openid) {
        String token = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        openidByToken.put(token, openid);
        return token;
    }

    private void me(HttpExchange exchange) throws IOException {
        Map<String, String> q = JsonExchange.query(exchange);
        String openid = openidByToken.get(q.getOrDefault("access_token", ""));
        String json = openid == null ? "{\"error\":100016,\"error_description\":\"access token check failed\"}"
                : "{\"client_id\":\"" + appId + "\",\"openid\":\"" + openid + "\"}";
        JsonExchange.reply(exchange, 200, "json".equals(q.get("fmt")) ? json : "callback( " + json + " );\n");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
