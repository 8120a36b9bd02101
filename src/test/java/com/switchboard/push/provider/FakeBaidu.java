package com.switchboard.push.provider;

import com.sun.net.httpserver.HttpExchange;
import com.switchboard.testing.JsonExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Baidu Cloud Push REST 3.0 server: checks the SDK user agent, the api key, the timestamp window and the MD5
 * request signature exactly as Baidu computes it, knows which channels are bound, and answers in Baidu's JSON.
 */
public final class FakeBaidu implements AutoCloseable {
    public record Received(String channelId, JsonObject msg, Map<String, String> form) {
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    public final Set<String> boundChannels = ConcurrentHashMap.newKeySet();
    /** The next this many requests fail with Baidu's internal error. */
    public final AtomicInteger failNext = new AtomicInteger();
    private final HttpServer server;
    private final String apiKey;
    private final String secretKey;
    private final AtomicInteger ids = new AtomicInteger();

    FakeBaidu(String apiKey, String secretKey) throws IOException {
        this(apiKey, secretKey, 0);
    }

    /** @param port a fixed port, so a server started before this fake can be configured with its endpoint */
    public FakeBaidu(String apiKey, String secretKey, int port) throws IOException {
        this.apiKey = apiKey;
        this.secretKey = secretKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/rest/3.0/push/single_device", this::singleDevice);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rest/3.0/");
    }

    private void singleDevice(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new TreeMap<>(JsonExchange.form(body)); // sorted, as the signature wants
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + exchange.getRequestURI().getPath();
        String ua = exchange.getRequestHeaders().getFirst("User-Agent");
        long ts = Long.parseLong(form.getOrDefault("timestamp", "0"));
        if (!"POST".equals(exchange.getRequestMethod()) || ua == null || !ua.startsWith("BCCS_SDK/3.0")) {
            answer(exchange, 405, error(30601, "Method Not Allowed"));
        } else if (!apiKey.equals(form.get("apikey"))
                || !BaiduPushProvider.sign("POST", url, form, secretKey).equals(form.get("sign"))) {
            answer(exchange, 401, error(30603, "Authentication Failed"));
        } else if (Math.abs(ts - System.currentTimeMillis() / 1000) > 600) {
            answer(exchange, 400, error(30606, "Request Time Expires Timeout"));
        } else if (!Set.of("0", "1").contains(form.get("msg_type")) || !"3".equals(form.get("device_type"))) {
            answer(exchange, 400, error(30602, "Request Params Not Valid"));
        } else if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer(exchange, 500, error(30600, "Internal Server Error"));
        } else if (!boundChannels.contains(form.get("channel_id"))) {
            answer(exchange, 404, error(30608, "Bind Relation Not Found"));
        } else {
            JsonObject msg;
            try (var reader = Json.createReader(new StringReader(form.get("msg")))) {
                msg = reader.readObject();
            }
            received.add(new Received(form.get("channel_id"), msg, form));
            answer(exchange, 200, Json.createObjectBuilder().add("request_id", ids.incrementAndGet())
                    .add("response_params", Json.createObjectBuilder().add("msg_id", "m" + ids.get())
                            .add("send_time", ts)).build());
        }
    }

    private JsonObject error(int code, String message) {
        return Json.createObjectBuilder().add("request_id", ids.incrementAndGet()).add("error_code", code)
                .add("error_msg", message).build();
    }

    private static void answer(HttpExchange exchange, int status, JsonObject body) throws IOException {
        JsonExchange.reply(exchange, status, body.toString());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
