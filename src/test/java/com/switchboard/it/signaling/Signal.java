package com.switchboard.it.signaling;

import com.switchboard.it.Api;

import com.switchboard.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A signaling client (signaling.md): the ops registry, the account API and WebSockets, against one instance. */
public final class Signal {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 100);
    public static final Duration WAIT = Duration.ofSeconds(15);

    public final Api api;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public Signal(String base) {
        this.base = base;
        this.api = new Api(base);
    }

    public Signal() {
        this(Api.BASE);
    }

    /** A device: (phone, device_id) and, once logged in, its token. */
    public record Dev(String phone, String deviceId, String token) {
        JsonObject asContact() {
            return Json.createObjectBuilder().add("phone", phone).add("device_id", deviceId).build();
        }
    }

    public static String uniquePhone() {
        return "186" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
    }

    /** Registers (ops) and logs in a fresh device. */
    public Dev device() {
        return device(uniquePhone(), "tv888");
    }

    public Dev device(String phone, String deviceId) {
        register(phone, deviceId);
        JsonObject reply = login(phone, deviceId);
        assertEquals(0, reply.getInt("errorCode"), reply::toString);
        return new Dev(phone, deviceId, reply.getString("token"));
    }

    public void register(String phone, String deviceId) {
        Reply r = ops("POST", "ops/signaling/devices",
                Json.createObjectBuilder().add("phone", phone).add("device_id", deviceId).build().toString());
        assertEquals(200, r.status(), r::body);
    }

    public JsonObject login(String phone, String deviceId) {
        return api.post("account/login", Json.createObjectBuilder().add("phone", phone).add("device_id", deviceId)
                .build());
    }

    public Reply ops(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + Api.OPS_TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return api.send(b.build());
    }

    public Socket connect(Dev dev) {
        return open("socket.io?token=" + dev.token());
    }

    public Socket room(String roomId) {
        return open("socket.io/room?room_id=" + roomId);
    }

    /** The HTTP status a refused handshake was answered with, or 101 if the upgrade succeeded. */
    public int handshakeStatus(String pathAndQuery) {
        try {
            open(pathAndQuery).close();
            return 101;
        } catch (HandshakeRefused e) {
            return e.status;
        }
    }

    public static final class HandshakeRefused extends RuntimeException {
        final int status;

        HandshakeRefused(int status) {
            super("handshake refused with HTTP " + status);
            this.status = status;
        }
    }

    private Socket open(String pathAndQuery) {
        Socket socket = new Socket();
        String ws = "ws" + base.substring(base.indexOf(':')) + pathAndQuery;
        try {
            socket.ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(ws), socket).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                throw new HandshakeRefused(h.getResponse().statusCode());
            }
            throw e;
        }
        return socket;
    }

    /** One client socket; received text frames are queued as JSON objects. */
    public static final class Socket implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final AtomicLong pings = new AtomicLong();
        WebSocket ws;

        /** Counts the server's pings; the JDK client answers each with a pong by itself. */
        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            pings.incrementAndGet();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try (var reader = Json.createReader(new java.io.StringReader(partial.toString()))) {
                    frames.add(reader.readObject());
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }

        public void send(JsonObject frame) {
            sendText(frame.toString());
        }

        public void sendText(String text) {
            ws.sendText(text, true).join();
        }

        /** The next frame, which must come within the wait and be of this type. */
        public JsonObject next(String type) {
            JsonObject frame = next();
            assertEquals(type, frame.getString("type"), frame::toString);
            return frame;
        }

        public JsonObject next() {
            JsonObject frame = poll(WAIT);
            assertNotNull(frame, "no frame within " + WAIT);
            return frame;
        }

        /** The next frame if one comes within {@code wait}, else null. */
        public JsonObject poll(Duration wait) {
            try {
                return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /**
         * Asserts nothing arrived before this point: sends a frame the server always answers
         * ({@code invalid_frame}) and checks that answer is the next frame, since a socket's frames stay in order.
         */
        public void assertNothingPending() {
            sendText("not json");
            JsonObject frame = next();
            assertEquals("invalid_frame", frame.getString("reason", ""), () -> "unexpected frame " + frame);
        }

        /** The close code the server closed with, waiting up to the deadline. */
        public int awaitClosed() {
            try {
                return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new AssertionError("socket not closed within " + WAIT, e);
            }
        }

        public boolean isOpen() {
            return !ws.isInputClosed() && !closed.isDone();
        }

        @Override
        public void close() {
            if (!ws.isOutputClosed()) {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            }
            ws.abort();
        }

        public void ping() {
            ws.sendPing(ByteBuffer.allocate(0)).join();
        }
    }

    public static JsonObject call(Dev to) {
        return Json.createObjectBuilder().add("type", "call").add("to_phone", to.phone())
                .add("to_device_id", to.deviceId()).build();
    }

    public static JsonObject answer(String type, JsonObject called) {
        return Json.createObjectBuilder().add("type", type).add("from_phone", called.getString("from_phone"))
                .add("from_device_id", called.getString("from_device_id"))
                .add("room_id", called.getString("room_id")).build();
    }

    public static JsonObject hangup(Dev notified, String roomId) {
        return Json.createObjectBuilder().add("type", "calling_hangup").add("notified_phone", notified.phone())
                .add("notified_device_id", notified.deviceId()).add("room_id", roomId).build();
    }
}
