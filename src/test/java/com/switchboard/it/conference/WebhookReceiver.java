package com.switchboard.it.conference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An integrator's callback receiver on loopback (conference.md §3): records every POST and answers as a receiver
 * that takes everything ({@code /status}: result 0; {@code /record}: code 0000, or 0002 for an event id it has
 * already taken). It can go down (its port closed) and come back on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One POST as it arrived. */
    public record Received(String path, String eventId, String timestamp, String signature, String rawBody) {
        JsonObject body() {
            try (var reader = Json.createReader(new StringReader(rawBody))) {
                return reader.readObject();
            }
        }
    }

    private final List<Received> received = new ArrayList<>();
    private final int port;
    private HttpServer server;
    /** Replaces the normal answer, path → (status, body), when set. */
    private volatile Function<String, String[]> override;

    public WebhookReceiver() throws IOException {
        server = start(0);
        port = server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Answers every POST with this HTTP status and body instead. */
    public void answer(Function<String, String[]> answer) {
        this.override = answer;
    }

    public synchronized List<Received> received() {
        return new ArrayList<>(received);
    }

    public void down() {
        server.stop(0);
    }

    public void up() throws IOException {
        server = start(port);
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 50);
        s.setExecutor(Executors.newFixedThreadPool(4));
        s.createContext("/", this::handle);
        s.start();
        return s;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String eventId = exchange.getRequestHeaders().getFirst("X-Switchboard-Event-Id");
        boolean seen;
        synchronized (this) {
            seen = received.stream().anyMatch(r -> r.eventId() != null && r.eventId().equals(eventId));
            received.add(new Received(path, eventId, exchange.getRequestHeaders().getFirst("X-Switchboard-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Switchboard-Signature"), body));
        }
        String[] reply;
        Function<String, String[]> o = override;
        if (o != null) {
            reply = o.apply(path);
        } else if (path.endsWith("/record")) {
            reply = new String[]{"200", seen ? "{\"code\":\"0002\",\"desc\":\"duplicate\"}"
                    : "{\"code\":\" 0000\",\"desc\":\"success\"}"};
        } else {
            reply = new String[]{"200", "{\"result\":\"0\",\"describe\":\"success\"}"};
        }
        byte[] bytes = reply[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(Integer.parseInt(reply[0]), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
