package com.switchboard.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local WeChat speaking the OAuth token check as api.weixin.qq.com does: {@code GET /sns/auth?access_token=…
 * &openid=…} answers {@code {"errcode":0,"errmsg":"ok"}} for a token issued to that openid, {@code 40003 invalid
 * openid} for another openid and {@code 40001 invalid credential} for an unknown token (all HTTP 200).
 */
public final class FakeWechat implements AutoCloseable {
    private static FakeWechat shared;
    private final HttpServer server;
    private final Map<String, String> openidByToken = new ConcurrentHashMap<>();

    public FakeWechat(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/sns/auth", this::auth);
        server.start();
    }

    /** The one the ITs' server is configured with ({@code it.fake.wechat.port}). */
    public static synchronized FakeWechat shared() {
        if (shared == null) {
            try {
                shared = new FakeWechat(Integer.getInteger("it.fake.wechat.port", 9196));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A fresh OAuth access token WeChat issued to {@code openid}. */
    public String tokenFor(String openid) {
        String token = UUID.randomUUID().toString().replace("-", "");
        openidByToken.put(token, openid);
        return token;
    }

    private void auth(HttpExchange exchange) throws IOException {
        Map<String, String> q = JsonExchange.query(exchange);
        String openid = openidByToken.get(q.getOrDefault("access_token", ""));
        String body;
        if (openid == null) {
            body = "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}";
        } else if (!openid.equals(q.get("openid"))) {
            body = "{\"errcode\":40003,\"errmsg\":\"invalid openid\"}";
        } else {
            body = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        }
        JsonExchange.reply(exchange, 200, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
