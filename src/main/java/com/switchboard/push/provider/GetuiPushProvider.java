package com.switchboard.push.provider;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Getui (个推) REST API v2: {@code POST <base><appId>/auth} with {@code sign} = SHA-256 hex of appKey + timestamp +
 * masterSecret gives a token (kept until an hour before its {@code expire_time}, renewed at once when refused with
 * code 10001); {@code POST <base><appId>/push/single/cid} with header {@code token} sends a transmission message
 * whose text is the custom content. Answers {@code {"code":0,"msg":…,"data":{<taskid>:{<cid>:<status>}}}}.
 */
public final class GetuiPushProvider implements PushProvider {
    /** @param base {@code https://restapi.getui.com/v2/} in production */
    public record Config(URI base, String appId, String appKey, String masterSecret) {
    }

    static final int TOKEN_INVALID = 10001;
    static final int PARAM_ERROR = 20001;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private final Config config;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private long tokenValidUntil;
    private String lastAuthRefusal = "";

    public GetuiPushProvider(Config config, HttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public PushResult send(PushNotification n) {
        // Getui client ids are 32 hex digits.
        if (n.token() == null || !n.token().matches("[0-9a-fA-F]{32}")) {
            return new PushResult.InvalidToken("malformed cid");
        }
        long ttl = n.expiration() == null ? DEFAULT_TTL.toMillis()
                : Math.max(1000, n.expiration().toEpochMilli() - clock.millis());
        JsonObject body = Jsons.createObjectBuilder()
                .add("request_id", UUID.randomUUID().toString().replace("-", ""))
                .add("settings", Jsons.createObjectBuilder().add("ttl", ttl))
                .add("audience", Jsons.createObjectBuilder().add("cid", Jsons.createArrayBuilder().add(n.token())))
                .add("push_message", Jsons.createObjectBuilder().add("transmission", n.payload().toString()))
                .build();
        try {
            String auth = token(false);
            if (auth == null) {
                return new PushResult.Failed("auth refused: " + lastAuthRefusal);
            }
            Answer answer = post(config.appId() + "/push/single/cid", body, auth);
            if (answer.code() == 0 && answer.status() == 200) {
                JsonObject data = answer.json().getJsonObject("data");
                return new PushResult.Delivered(data == null || data.isEmpty() ? "" : data.keySet().iterator().next());
            }
            String reason = answer.code() + " " + answer.json().getString("msg", "HTTP " + answer.status());
            if (answer.code() == TOKEN_INVALID) {
                token(true);
                return new PushResult.Retry(Duration.ZERO, reason);
            }
            if (answer.code() == PARAM_ERROR && reason.toLowerCase().contains("cid")) {
                return new PushResult.InvalidToken(reason);
            }
            if (answer.status() >= 500 || answer.status() == 429) {
                return new PushResult.Retry(RETRY_AFTER, reason);
            }
            return new PushResult.Failed(reason);
        } catch (IOException e) {
            return new PushResult.Retry(RETRY_AFTER, "io: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PushResult.Retry(RETRY_AFTER, "interrupted");
        }
    }

    private synchronized String token(boolean renew) throws IOException, InterruptedException {
        long now = clock.millis();
        if (!renew && token != null && now < tokenValidUntil) {
            return token;
        }
        token = null;
        String timestamp = String.valueOf(now);
        Answer answer = post(config.appId() + "/auth", Jsons.createObjectBuilder()
                .add("sign", sha256(config.appKey() + timestamp + config.masterSecret()))
                .add("timestamp", timestamp).add("appkey", config.appKey()).build(), null);
        if (answer.code() != 0 || !(answer.json().get("data") instanceof JsonObject data)
                || !(data.get("token") instanceof JsonString t)) {
            lastAuthRefusal = answer.code() + " " + answer.json().getString("msg", "HTTP " + answer.status());
            if (answer.status() >= 500) {
                throw new IOException("auth unavailable: " + lastAuthRefusal);
            }
            return null;
        }
        long expires = Long.parseLong(data.getString("expire_time", String.valueOf(now + 3_600_000L)));
        token = t.getString();
        tokenValidUntil = Math.max(now + 60_000L, expires - 3_600_000L);
        return token;
    }

    private record Answer(int status, int code, JsonObject json) {
    }

    private Answer post(String path, JsonObject body, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(config.base().resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (auth != null) {
            b.header("token", auth);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject json;
        try (var reader = Jsons.createReader(new StringReader(r.body() == null ? "" : r.body()))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            json = JsonObject.EMPTY_JSON_OBJECT;
        }
        int code = json.containsKey("code") ? json.getJsonNumber("code").intValue() : -1;
        return new Answer(r.statusCode(), code, json);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
