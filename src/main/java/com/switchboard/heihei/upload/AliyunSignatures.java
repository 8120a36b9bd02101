package com.switchboard.heihei.upload;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The two signatures Aliyun documents for these calls. RPC (STS): HMAC-SHA1 with {@code secret + "&"} over
 * {@code GET&%2F&} + the percent-encoded, sorted query. OSS header signature: HMAC-SHA1 with the secret over
 * {@code VERB\nContent-MD5\nContent-Type\nDate\n} + the sorted {@code x-oss-*} headers + {@code /bucket/key}.
 */
public final class AliyunSignatures {
    private static final java.time.format.DateTimeFormatter HTTP_DATE = java.time.format.DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    private AliyunSignatures() {
    }

    /** The {@code Date} header an OSS signature covers (RFC 7231 IMF-fixdate). */
    public static String httpDate(java.time.Instant at) {
        return HTTP_DATE.format(at);
    }

    /** RFC 3986 percent-encoding as Aliyun's RPC signature wants it. */
    public static String percent(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** The sorted, encoded query string (without {@code Signature}). */
    public static String canonicalQuery(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream().filter(e -> !e.getKey().equals("Signature"))
                .map(e -> percent(e.getKey()) + "=" + percent(e.getValue())).collect(Collectors.joining("&"));
    }

    public static String rpc(String method, Map<String, String> params, String secret) {
        return hmacSha1(secret + "&", method + "&" + percent("/") + "&" + percent(canonicalQuery(params)));
    }

    /**
     * @param ossHeaders the request's {@code x-oss-*} headers (e.g. {@code x-oss-security-token}), lower-case names
     */
    public static String oss(String verb, String contentMd5, String contentType, String date,
                             Map<String, String> ossHeaders, String bucket, String key, String secret) {
        String headers = new TreeMap<>(ossHeaders).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining());
        return hmacSha1(secret, verb + "\n" + contentMd5 + "\n" + contentType + "\n" + date + "\n" + headers + "/"
                + bucket + "/" + key);
    }

    static String hmacSha1(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
