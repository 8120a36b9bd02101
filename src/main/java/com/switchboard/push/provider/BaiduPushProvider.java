package com.switchboard.push.provider;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Baidu Cloud Push, REST API 3.0: {@code POST <endpoint>push/single_device} as a form with {@code apikey},
 * {@code timestamp}, {@code channel_id}, {@code msg_type=0} (pass-through message: the app reads the custom
 * content), {@code msg}, {@code msg_expires}, {@code device_type=3} and {@code sign} = MD5 of the URL-encoded
 * {@code POST + url + sorted k=v pairs + secret key}. Answers {@code {"request_id":…,"response_params":{"msg_id":…}}}
 * or {@code {"request_id":…,"error_code":…,"error_msg":…}}.
 */
public final class BaiduPushProvider implements PushProvider {
    /** @param endpoint the REST root, {@code http://api.tuisong.baidu.com/rest/3.0/} in production */
    public record Config(URI endpoint, String apiKey, String secretKey) {
    }

    static final String USER_AGENT = "BCCS_SDK/3.0 (Switchboard) Java/17 (Baidu Push Server SDK V3.0.0)";
    /** 30607 channel token timed out, 30608 bind relation (channel) not found: the device is gone. */
    private static final Set<Integer> INVALID_CHANNEL = Set.of(30607, 30608);
    /** 30600 internal error, 30604 quota used up for now. */
    private static final Set<Integer> TRANSIENT = Set.of(30600, 30604);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    /** Baidu keeps an offline message at most 7 days. */
    private static final long MAX_EXPIRES = Duration.ofDays(7).toSeconds();

    private final Config config;
    private final HttpClient http;
    private final Clock clock;

    public BaiduPushProvider(Config config, HttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public PushResult send(PushNotification n) {
        // Baidu channel ids are decimal numbers.
        if (n.token() == null || !n.token().matches("[0-9]{4,32}")) {
            return new PushResult.InvalidToken("malformed channel id");
        }
        String url = config.endpoint().resolve("push/single_device").toString();
        long now = clock.instant().getEpochSecond();
        Map<String, String> form = new TreeMap<>();
        form.put("apikey", config.apiKey());
        form.put("timestamp", String.valueOf(now));
        form.put("channel_id", n.token());
        form.put("msg_type", "0");
        form.put("msg", n.payload().toString());
        form.put("device_type", "3");
        if (n.expiration() != null) {
            form.put("msg_expires", String.valueOf(Math.max(1, Math.min(MAX_EXPIRES,
                    n.expiration().getEpochSecond() - now))));
        }
        form.put("sign", sign("POST", url, form, config.secretKey()));
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new PushResult.Retry(RETRY_AFTER, "io: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PushResult.Retry(RETRY_AFTER, "interrupted");
        }
        JsonObject answer = parse(response.body());
        if (response.statusCode() == 200 && answer.get("response_params") instanceof JsonObject params) {
            return new PushResult.Delivered(params.getString("msg_id", ""));
        }
        int code = answer.containsKey("error_code") ? answer.getJsonNumber("error_code").intValue() : 0;
        String reason = code + " " + answer.getString("error_msg", "HTTP " + response.statusCode());
        if (INVALID_CHANNEL.contains(code)) {
            return new PushResult.InvalidToken(reason);
        }
        if (TRANSIENT.contains(code) || response.statusCode() >= 500 || response.statusCode() == 429) {
            return new PushResult.Retry(RETRY_AFTER, reason);
        }
        return new PushResult.Failed(reason);
    }

    /** Baidu's request signature: MD5 (lower-case hex) of the URL-encoded method + url + k=v… + secret. */
    public static String sign(String method, String url, Map<String, String> params, String secretKey) {
        StringBuilder base = new StringBuilder(method).append(url);
        new TreeMap<>(params).forEach((k, v) -> {
            if (!"sign".equals(k)) {
                base.append(k).append('=').append(v);
            }
        });
        base.append(secretKey);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(encode(base.toString()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PHP's urlencode, which Baidu's signature is defined with: like URLEncoder, but '*' encoded too. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("*", "%2A");
    }

    private static JsonObject parse(String body) {
        try (var reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
