package com.switchboard.it.heihei;

import com.switchboard.it.Api;
import com.switchboard.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A heihei client app (heihei.md): HTTP with the {@code errorcode} envelope, and the channel socket. */
public final class Heihei {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 100);
    public static final String MESSAGE_SECRET = System.getProperty("it.heihei.message.secret",
            "it-heihei-message-secret");
    public static final Duration WAIT = Duration.ofSeconds(15);

    public final Api api;
    private final String base;

    public Heihei(String base) {
        this.base = base;
        this.api = new Api(base);
    }

    public Heihei() {
        this(Api.BASE);
    }

    /** A signed-in user: the phone it signed in with, its token and id. */
    public record User(String phone, String token, long id) {
    }

    public static String uniquePhone() {
        return "177" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
    }

    public JsonObject post(String path, JsonObject body) {
        return api.post(path, body);
    }

    /** A token-bearing request with more fields. */
    public JsonObject call(String path, User user, JsonObjectBuilder fields) {
        return post(path, fields.add("token", user.token()).build());
    }

    /** A builder starting from {@code base}'s fields. */
    public static JsonObjectBuilder fields(JsonObject base) {
        return Json.createObjectBuilder(base);
    }

    public static JsonObjectBuilder fields() {
        return Json.createObjectBuilder();
    }

    public static void assertCode(int code, JsonObject reply) {
        assertEquals(code, reply.getInt("errorcode", -1), reply::toString);
    }

    public static void assertCode(int code, JsonObject reply, String why) {
        assertEquals(code, reply.getInt("errorcode", -1), () -> why + ": " + reply);
    }

    /** HH-USER-01 + HH-USER-03 for a new phone; the profile is completed (HH-USER-04) when {@code register}. */
    public User signIn(boolean register) {
        String phone = uniquePhone();
        assertCode(0, post("api/user/get-sms-verification-code", fields().add("phoneNo", phone).build()));
        JsonObject reply = post("api/user/sign-in-cl-by-phone", fields().add("phoneNo", phone)
                .add("verifyCode", api.lastSmsCode(phone)).build());
        assertCode(0, reply);
        User user = new User(phone, reply.getString("token"), reply.getJsonObject("userInfo").getJsonNumber("id")
                .longValueExact());
        if (register) {
            assertCode(0, call("api/user/update", user, fields().add("displayName", "u" + (user.id() % 100000))
                    .add("gender", "Female").add("birthDay", "1995-05-20")));
        }
        return user;
    }

    public User signIn() {
        return signIn(true);
    }

    /** A second sign-in of the same account (another token), once the phone may get a new code. */
    public User signInAgain(User user) {
        com.switchboard.testing.Await.until(() -> post("api/user/get-sms-verification-code",
                        fields().add("phoneNo", user.phone()).build()).getInt("errorcode", -1) == 0, WAIT,
                () -> "no second code for " + user.phone());
        JsonObject reply = post("api/user/sign-in-cl-by-phone", fields().add("phoneNo", user.phone())
                .add("verifyCode", api.lastSmsCode(user.phone())).build());
        assertCode(0, reply);
        return new User(user.phone(), reply.getString("token"), user.id());
    }

    /** The ops credit of diamonds and tickets. */
    public Reply credit(long userId, long gold, long point) {
        return api.send(HttpRequest.newBuilder(URI.create(base + "ops/heihei/balance"))
                .header("Authorization", "Bearer " + Api.OPS_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("userId", userId)
                        .add("gold", gold).add("point", point).build().toString())).build());
    }

    /** What the offline Getui stood in for: the pushes recorded for a client id, oldest first. */
    public java.util.List<JsonObject> pushesTo(String clientId) {
        Reply reply = api.get("ops/outbox?channel=push&to=" + clientId, "Bearer " + Api.OPS_TOKEN);
        assertEquals(200, reply.status(), reply::body);
        java.util.List<JsonObject> payloads = new java.util.ArrayList<>();
        reply.json().getJsonArray("items").forEach(i -> payloads.add(i.asJsonObject().getJsonObject("payload")
                .getJsonObject("payload")));
        return payloads;
    }

    /** HH-USER-18: the user's Getui client id is {@code "cid" + id}. */
    public String registerGetui(User user) {
        String cid = "cid" + user.id();
        assertCode(0, call("api/user/push-device-info", user, fields().add("uuid", "dev").add("apnsType", "getui")
                .add("apnsToken", cid).add("deviceType", "android")));
        return cid;
    }

    /** HH-MSG-05 as another server sends it. */
    public JsonObject messageServer(String data) {
        return post("messageserver/api/msg/send-msg.action", fields().add("data", data)
                .add("signature", sign(data)).build());
    }

    public static String sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(MESSAGE_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * HH-LIVE-14 as an app does it: the anchor ({@code isCreator} 1) and viewers of a live beat every two seconds
     * until stopped, so a test that runs longer than the ITs' short heartbeat (a loaded CI machine) keeps them in.
     */
    public Beats beating(long liveId, User anchor, User... viewers) {
        return new Beats(this, liveId, anchor, viewers);
    }

    /** Background heartbeats; a refused beat fails {@link #close()}. */
    public static final class Beats implements AutoCloseable {
        private final java.util.Map<User, Integer> beating = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        private volatile String refused;

        Beats(Heihei app, long liveId, User anchor, User... viewers) {
            beating.put(anchor, 1);
            for (User viewer : viewers) {
                beating.put(viewer, 0);
            }
            Runnable beat = () -> beating.forEach((user, creator) -> {
                JsonObject reply = app.call("api/live/heart-beat", user, fields().add("liveId", liveId)
                        .add("isCreator", creator));
                if (reply.getInt("errorcode", -1) != 0 && beating.containsKey(user) && refused == null) {
                    refused = user.id() + ": " + reply;
                }
            });
            beat.run();
            timer.scheduleWithFixedDelay(beat, 2, 2, TimeUnit.SECONDS);
        }

        /** This user stops beating (before it quits the room). */
        public void stop(User user) {
            beating.remove(user);
        }

        @Override
        public void close() throws InterruptedException {
            beating.clear();
            timer.shutdown();
            timer.awaitTermination(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (refused != null) {
                throw new AssertionError("a heartbeat was refused: " + refused);
            }
        }
    }

    /** A channel socket (HH-WS-01) collecting its frames. */
    public Socket channel(User user) {
        return channel(user.token());
    }

    public Socket channel(String token) {
        Socket s = new Socket();
        String ws = base.replaceFirst("^http", "ws") + "ws/channel?token=" + token;
        s.ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(ws), s).join();
        return s;
    }

    public static final class Socket implements WebSocket.Listener {
        private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket ws;

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

        /** The next frame within the wait, or a failure. */
        public JsonObject next() {
            try {
                JsonObject f = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (f == null) {
                    throw new AssertionError("no frame within " + WAIT + (ended == null ? "" : "; the socket ended, " + ended));
                }
                return f;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** The next frame that matches, skipping others (room counters and the like), within the wait. */
        public JsonObject next(java.util.function.Predicate<JsonObject> wanted) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            try {
                while (true) {
                    long left = deadline - System.nanoTime();
                    JsonObject f = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
                    if (f == null) {
                        throw new AssertionError("no matching frame within " + WAIT + (ended == null ? "" : "; the socket ended, " + ended));
                    }
                    if (wanted.test(f)) {
                        return f;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** The next action frame (HH-RT-08) of that action. */
        public JsonObject action(String action) {
            return next(f -> "action".equals(f.getString("msgType", "")) && action.equals(f.getString("action", "")));
        }

        /** The next frame of that msgType. */
        public JsonObject ofType(String msgType) {
            return next(f -> msgType.equals(f.getString("msgType", "")));
        }

        /** Frames that arrive within {@code millis} and match (to show none does). */
        public java.util.List<JsonObject> drain(long millis, java.util.function.Predicate<JsonObject> wanted)
                throws InterruptedException {
            java.util.List<JsonObject> out = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                JsonObject f = frames.poll(left, TimeUnit.MILLISECONDS);
                if (f != null && wanted.test(f)) {
                    out.add(f);
                }
            }
            return out;
        }

        /** Whether a frame arrives within {@code millis} (to show one does not). */
        public JsonObject poll(long millis) throws InterruptedException {
            return frames.poll(millis, TimeUnit.MILLISECONDS);
        }

        /** Why the socket ended on its own (a close from the server, an error), for failure messages. */
        volatile String ended;

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended = "closed by the server: " + statusCode + " " + reason;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended = "error: " + error;
        }

        /** Why the socket ended, once it has, within the wait. */
        public String awaitEnded() {
            com.switchboard.testing.Await.until(() -> ended != null, WAIT, () -> "the socket is still open");
            return ended;
        }

        public boolean isOpen() {
            return ended == null;
        }

        public void close() {
            if (ended != null) {
                throw new AssertionError("the socket had already ended, " + ended);
            }
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
