package com.switchboard.it;

import com.switchboard.testing.Await;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A client app's view of the server: plain HTTP and JSON, nothing of the server's classes. */
public final class Api {
    public static final String BASE = System.getProperty("it.base.url", "http://localhost:9080/");
    public static final String OPS_TOKEN = System.getProperty("it.ops.token", "it-ops-token");
    public static final int HOLD_SECONDS = Integer.parseInt(System.getProperty("it.push.hold.seconds", "8"));
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    /** VOIP-38, VOIP-39 and the empty answer, as the long-poll replies them. */
    public static final JsonObject LOGIN_OTHERWHERE = channelReply("login_otherwhere");
    public static final JsonObject SHAKE_HAND = channelReply("shake_hand");
    public static final JsonObject NOTHING = Json.createObjectBuilder().add("status", "ok")
            .add("data", Json.createArrayBuilder()).build();

    private static JsonObject channelReply(String event) {
        return Json.createObjectBuilder().add("status", "ok")
                .add("data", Json.createArrayBuilder().add(Json.createObjectBuilder().add("event", event))).build();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** A client of the instance Arquillian manages. */
    public Api() {
        this(BASE);
    }

    /** A client of the instance at {@code base} (ending in a slash). */
    public Api(String base) {
        this.base = base;
    }

    public record Reply(int status, String body) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /** A fresh, unique phone-like account for each test, so the ITs can share one database. */
    public static String uniquePhone() {
        return "139" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
    }

    public static String crc(String acc, String deviceId, String groupId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((acc + deviceId + groupId).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build());
    }

    public JsonObject post(String path, JsonObject body) {
        Reply reply = post(path, "application/json", body.toString());
        assertEquals(200, reply.status(), () -> path + " answered " + reply);
        return reply.json();
    }

    public CompletableFuture<Reply> postAsync(String path, JsonObject body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).timeout(Duration.ofSeconds(120)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(r -> new Reply(r.statusCode(), r.body()));
    }

    public Reply get(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    /** A GET whose parameters travel in the query string; the reply must be HTTP 200 JSON. */
    public JsonObject getJson(String pathAndQuery) {
        Reply reply = get(pathAndQuery, null);
        assertEquals(200, reply.status(), () -> pathAndQuery + " answered " + reply);
        return reply.json();
    }

    /** A DELETE with a JSON body (voip.md §0.3: parameters from the query string and the body, merged). */
    public JsonObject delete(String path, JsonObject body) {
        Reply reply = send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body.toString()))
                .timeout(Duration.ofSeconds(30)).build());
        assertEquals(200, reply.status(), () -> path + " answered " + reply);
        return reply.json();
    }

    /** A PUT to an ops endpoint with the ops token. */
    public Reply opsPut(String path, JsonObject body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + OPS_TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).timeout(Duration.ofSeconds(30)).build());
    }

    /** An ops GET with the ops token; must answer 200. */
    public JsonObject opsGet(String pathAndQuery) {
        Reply reply = get(pathAndQuery, "Bearer " + OPS_TOKEN);
        assertEquals(200, reply.status(), () -> pathAndQuery + " answered " + reply);
        return reply.json();
    }

    /** The HTTP status of a GET, or -1 while nothing answers. */
    public int getQuietly(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new AssertionError("request to " + request.uri() + " failed", e);
        }
    }

    /**
     * Requests an SMS code (VOIP-03), waiting out the per-target resend interval (short in the ITs) when an earlier
     * code went to the same target; returns the reply that was not {@code too_frequent}, or the last one.
     */
    public JsonObject requestCode(JsonObject request) {
        return Await.value(() -> post("lwork/sms/auth_code", request),
                reply -> !"too_frequent".equals(reply.getString("reason", "")), Duration.ofSeconds(30),
                "the resend interval never passed");
    }

    /** The interval of a condition wait with a deadline. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Asks for an SMS code until one is sent (the per-phone resend window has passed), within a deadline. */
    public void awaitSmsWindow(java.util.function.BooleanSupplier sent) {
        Await.until(sent, Duration.ofSeconds(15), () -> "no SMS code sent within 15 s");
    }

    /** The newest SMS code the offline sender "sent" to {@code phone}. */
    public String lastSmsCode(String phone) {
        Reply reply = get("ops/outbox?channel=sms&to=" + phone, "Bearer " + OPS_TOKEN);
        assertEquals(200, reply.status(), reply::body);
        var items = reply.json().getJsonArray("items");
        assertFalse(items.isEmpty(), "no SMS sent to " + phone);
        return items.getJsonObject(items.size() - 1).getJsonObject("payload").getString("code");
    }

    /** VOIP-62 as a client reads a reply: delete the characters at positions 3 and 4, Base64-decode. */
    public static JsonObject open(String dataEnc) {
        String b = dataEnc.substring(0, 3) + dataEnc.substring(5);
        String json = new String(java.util.Base64.getDecoder().decode(b), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonObject android() {
        return Json.createObjectBuilder().add("os_type", "android").build();
    }

    public static void assertOk(JsonObject reply) {
        assertEquals("ok", reply.getString("status"), reply::toString);
    }

    public static void assertFailed(String reason, JsonObject reply) {
        assertEquals(Json.createObjectBuilder().add("status", "failed").add("reason", reason).build(), reply);
    }

    public static JsonValue str(String s) {
        return Json.createValue(s);
    }

    /** A user who self-registered (VOIP-03 + VOIP-05) and is ready to log in. */
    public record User(String account, String name, String pwd, String uuid) {
    }

    public User selfRegister(String group) {
        String acc = uniquePhone();
        String device = "reg-" + acc;
        assertOk(post("lwork/sms/auth_code", Json.createObjectBuilder().add("acc", acc).add("device_id", device)
                .add("type", "register").add("group_id", group).build()));
        String name = "user" + acc;
        JsonObject reply = post("lwork/mobile/self_register", Json.createObjectBuilder().add("acc", acc)
                .add("name", name).add("pwd", "secret-" + acc).add("auth_code", lastSmsCode(acc))
                .add("device_id", device).add("group_id", group).add("crc", crc(acc, device, group)).build());
        assertOk(reply);
        return new User(acc, name, "secret-" + acc, reply.getString("uuid"));
    }

    public JsonObject login(User user, String device) {
        return post("lwork/mobile/login", Json.createObjectBuilder().add("acc", user.name()).add("pwd", user.pwd())
                .add("device_id", device).add("clidata", android()).add("group_id", "dth_common").build());
    }

    /** Whether this instance holds a parked long-poll of the device (ops view). */
    public boolean isParked(String acc, String device) {
        Reply reply = get("ops/push/parked?acc=" + acc + "&device_id=" + device, "Bearer " + OPS_TOKEN);
        assertEquals(200, reply.status(), reply::body);
        return reply.json().getBoolean("parked");
    }

    /** Waits, with a deadline, until this instance holds the device's poll. */
    public void awaitParked(String acc, String device) {
        Await.until(() -> isParked(acc, device), Duration.ofSeconds(20),
                () -> "poll of " + acc + "/" + device + " never parked at " + base);
    }

    /** Logs in and starts a long-poll that this instance has parked when the method returns. */
    public CompletableFuture<Reply> loginAndPark(User user, String device) {
        assertOk(login(user, device));
        return pollParked(user.account(), device);
    }

    /** Starts a long-poll and waits until this instance has parked it. */
    public CompletableFuture<Reply> pollParked(String account, String device) {
        CompletableFuture<Reply> poll = poll(account, device);
        awaitParked(account, device);
        return poll;
    }

    /** Awaits a long-poll's answer: it must come well before a parked poll would time out. */
    public static JsonObject answer(CompletableFuture<Reply> poll) throws Exception {
        return poll.get(HOLD_SECONDS * 3L, java.util.concurrent.TimeUnit.SECONDS).json();
    }

    public JsonObject logout(User user, String device) {
        return post("lwork/mobile/logout", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", device).add("clidata", android()).build());
    }

    public CompletableFuture<Reply> poll(String account, String device) {
        return postAsync("channel/push_service", Json.createObjectBuilder().add("acc", account)
                .add("device_id", device).add("self_phone", account).build());
    }
}
