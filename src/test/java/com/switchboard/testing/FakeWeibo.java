package com.switchboard.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local Weibo speaking its token check as api.weibo.com does: {@code POST /oauth2/get_token_info} with form
 * {@code access_token} answers {@code {"uid":…,"appkey":"…","scope":"","create_at":…,"expire_in":…}}; an unknown
 * token answers HTTP 400 {@code {"error":"invalid_access_token","error_code":21332,…}}.
 */
public final class FakeWeibo implements AutoCloseable {
    private static FakeWeibo shared;
    private final HttpServer server;
    private final Map<String, String> tokens = new ConcurrentHashMap<>(); // token -> "uid appkey expireIn"

    public FakeWeibo(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/oauth2/get_token_info", this::tokenInfo);
        server.start();
    }

    /** The one the ITs' server is configured with ({@code it.fake.weibo.port}, app key {@code it-weibo-app}). */
    public static synchronized FakeWeibo shared() {
        if (shared == null) {
            try {
                shared = new FakeWeibo(Integer.getInteger("it.fake.weibo.port", 9195));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A fresh access token Weibo issued to {@code uid} for the app {@code appKey}, valid for {@code expireIn} s. */
    public String tokenFor(long uid, String appKey, long expireIn) {
        String token = "2.00" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, uid + " " + appKey + " " + expireIn);
        return token;
    }

    private void tokenInfo(HttpExchange exchange) throws IOException {
        String token = JsonExchange.form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                .getOrDefault("access_token", "");
        String known = "POST".equals(exchange.getRequestMethod()) ? tokens.get(token) : null;
        if (known == null) {
            JsonExchange.reply(exchange, 400, "{\"error\":\"invalid_access_token\",\"error_code\":21332,"
                    + "\"request\":\"/oauth2/get_token_info\"}");
            return;
        }
        String[] f = known.split(" ");
        JsonExchange.reply(exchange, 200, "{\"uid\":" + f[0] + ",\"appkey\":\"" + f[1] + "\",\"scope\":\"\","
                + "\"create_at\":" + System.currentTimeMillis() / 1000 + ",\"expire_in\":" + f[2] + "}");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
