package com.switchboard.heihei.upload;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local stand-in for Aliyun STS and one OSS bucket, checking what Aliyun checks: {@code /sts/?Action=AssumeRole…}
 * must carry the RPC signature of the account's key and a policy; it answers temporary credentials allowed to put only
 * the policy's object. {@code PUT /oss/<bucket>/<key>} must be signed with those credentials and carry their security
 * token, or with the account's key (then a {@code Content-MD5} sent must match); {@code HEAD /oss/<bucket>/<key>}
 * must be signed with the account's key.
 */
public final class FakeAliyun implements AutoCloseable {
    private record Temp(String secret, String token, String resource, Instant expires) {
    }

    private final HttpServer server;
    private final String accessKeyId;
    private final String accessKeySecret;
    private final Map<String, Temp> temps = new ConcurrentHashMap<>();
    /** Objects put, by {@code bucket/key}, with their bytes. */
    public final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public FakeAliyun(int port, String accessKeyId, String accessKeySecret) throws IOException {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/sts", this::sts);
        server.createContext("/oss/", this::oss);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void sts(HttpExchange e) throws IOException {
        Map<String, String> q = new HashMap<>();
        String raw = e.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        if (!"AssumeRole".equals(q.get("Action")) || !accessKeyId.equals(q.get("AccessKeyId"))
                || q.get("Policy") == null || !AliyunSignatures.rpc("GET", q, accessKeySecret).equals(q.get("Signature"))) {
            reply(e, 403, "{\"Code\":\"SignatureDoesNotMatch\"}");
            return;
        }
        JsonObject policy;
        try (var r = Json.createReader(new StringReader(q.get("Policy")))) {
            policy = r.readObject();
        }
        String resource = policy.getJsonArray("Statement").getJsonObject(0).getJsonArray("Resource").getString(0)
                .replaceFirst("^acs:oss:\\*:\\*:", "");
        String id = "STS." + hex(8);
        Instant expires = Instant.now().plusSeconds(Long.parseLong(q.get("DurationSeconds")));
        Temp t = new Temp(hex(16), hex(24), resource, expires);
        temps.put(id, t);
        reply(e, 200, Json.createObjectBuilder().add("RequestId", hex(8)).add("Credentials",
                Json.createObjectBuilder().add("AccessKeyId", id).add("AccessKeySecret", t.secret())
                        .add("SecurityToken", t.token()).add("Expiration", DateTimeFormatter
                                .ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC).format(expires)))
                .build().toString());
    }

    private void oss(HttpExchange e) throws IOException {
        try {
            ossChecked(e);
        } catch (java.security.NoSuchAlgorithmException x) {
            throw new IOException(x);
        }
    }

    private void ossChecked(HttpExchange e) throws IOException, java.security.NoSuchAlgorithmException {
        String path = e.getRequestURI().getPath().substring("/oss/".length());
        int slash = path.indexOf('/');
        String bucket = path.substring(0, slash);
        String key = path.substring(slash + 1);
        String auth = e.getRequestHeaders().getFirst("Authorization");
        String date = e.getRequestHeaders().getFirst("Date");
        if (auth == null || !auth.startsWith("OSS ") || date == null) {
            reply(e, 403, "");
            return;
        }
        String id = auth.substring(4, auth.lastIndexOf(':'));
        String signature = auth.substring(auth.lastIndexOf(':') + 1);
        String md5 = header(e, "Content-MD5");
        String type = header(e, "Content-Type");
        if (e.getRequestMethod().equals("HEAD")) {
            boolean ok = id.equals(accessKeyId) && signature.equals(AliyunSignatures.oss("HEAD", md5, type, date,
                    Map.of(), bucket, key, accessKeySecret));
            reply(e, !ok ? 403 : objects.containsKey(bucket + "/" + key) ? 200 : 404, "");
            return;
        }
        if (e.getRequestMethod().equals("GET") && id.equals(accessKeyId)) {
            // GetObject, with the Range header OSS honours (bytes=first-last)
            boolean ok = signature.equals(AliyunSignatures.oss("GET", md5, type, date, Map.of(), bucket, key,
                    accessKeySecret));
            byte[] object = objects.get(bucket + "/" + key);
            if (!ok || object == null) {
                reply(e, ok ? 404 : 403, "");
                return;
            }
            String range = header(e, "Range");
            byte[] out = object;
            int status = 200;
            if (range.startsWith("bytes=0-")) {
                out = java.util.Arrays.copyOf(object, Math.min(object.length,
                        Integer.parseInt(range.substring("bytes=0-".length())) + 1));
                status = 206;
            }
            e.sendResponseHeaders(status, out.length);
            try (var body = e.getResponseBody()) {
                body.write(out);
            }
            return;
        }
        if (e.getRequestMethod().equals("PUT") && id.equals(accessKeyId)) {
            // the account's own PutObject: signed with its key; Content-MD5, when sent, must match the body
            byte[] body = e.getRequestBody().readAllBytes();
            boolean ok = signature.equals(AliyunSignatures.oss("PUT", md5, type, date, Map.of(), bucket, key,
                    accessKeySecret)) && (md5.isEmpty() || md5.equals(java.util.Base64.getEncoder()
                    .encodeToString(java.security.MessageDigest.getInstance("MD5").digest(body))));
            if (ok) {
                objects.put(bucket + "/" + key, body);
            }
            reply(e, ok ? 200 : 403, "");
            return;
        }
        Temp t = temps.get(id);
        String token = header(e, "x-oss-security-token");
        boolean ok = e.getRequestMethod().equals("PUT") && t != null && t.expires().isAfter(Instant.now())
                && t.token().equals(token) && t.resource().equals(bucket + "/" + key)
                && signature.equals(AliyunSignatures.oss("PUT", md5, type, date,
                Map.of("x-oss-security-token", token), bucket, key, t.secret()));
        byte[] body = e.getRequestBody().readAllBytes();
        if (ok) {
            objects.put(bucket + "/" + key, body);
        }
        reply(e, ok ? 200 : 403, "");
    }

    private static String header(HttpExchange e, String name) {
        String v = e.getRequestHeaders().getFirst(name);
        return v == null ? "" : v;
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void reply(HttpExchange e, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        if (e.getRequestMethod().equals("HEAD") || out.length == 0) {
            e.sendResponseHeaders(status, -1);
        } else {
            e.getResponseHeaders().add("Content-Type", "application/json");
            e.sendResponseHeaders(status, out.length);
            e.getResponseBody().write(out);
        }
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
