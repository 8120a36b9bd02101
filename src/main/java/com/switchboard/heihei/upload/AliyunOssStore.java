package com.switchboard.heihei.upload;

import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.JsonText;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Aliyun as documented: STS {@code AssumeRole} (RPC style, version 2015-04-01) for credentials whose policy allows
 * {@code oss:PutObject} on the one object, and OSS {@code HeadObject} signed with the account's key to see whether
 * the client put it; {@code PutObject} with the account's key and {@code Content-MD5} for files the server received.
 * Endpoints are configuration, so a local stand-in speaking the same protocol can take their place.
 */
public final class AliyunOssStore implements ObjectStore {
    private static final Logger LOG = Logger.getLogger(AliyunOssStore.class.getName());
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String stsEndpoint;
    private final String bucketUrl;
    private final String bucket;
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String roleArn;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param stsEndpoint {@code https://sts.aliyuncs.com}
     * @param bucketUrl   the bucket's URL, {@code https://<bucket>.oss-cn-hangzhou.aliyuncs.com}
     */
    public AliyunOssStore(String stsEndpoint, String bucketUrl, String bucket, String accessKeyId,
                          String accessKeySecret, String roleArn) {
        this.stsEndpoint = stsEndpoint.replaceAll("/+$", "");
        this.bucketUrl = bucketUrl.replaceAll("/+$", "");
        this.bucket = bucket;
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.roleArn = roleArn;
    }

    @Override
    public String bucket() {
        return bucket;
    }

    /** The STS policy: put this one object. */
    static String policy(String bucket, String key) {
        return Jsons.createObjectBuilder().add("Version", "1").add("Statement", Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("Effect", "Allow")
                        .add("Action", Jsons.createArrayBuilder().add("oss:PutObject"))
                        .add("Resource", Jsons.createArrayBuilder().add("acs:oss:*:*:" + bucket + "/" + key))))
                .build().toString();
    }

    @Override
    public Grant grantPut(String key, Duration life) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("Action", "AssumeRole");
        q.put("RoleArn", roleArn);
        q.put("RoleSessionName", "heihei-upload");
        q.put("Policy", policy(bucket, key));
        q.put("DurationSeconds", Long.toString(Math.max(900, life.toSeconds())));
        q.put("Format", "JSON");
        q.put("Version", "2015-04-01");
        q.put("AccessKeyId", accessKeyId);
        q.put("SignatureMethod", "HMAC-SHA1");
        q.put("SignatureVersion", "1.0");
        q.put("SignatureNonce", UUID.randomUUID().toString());
        q.put("Timestamp", ISO.format(Instant.now()));
        q.put("Signature", AliyunSignatures.rpc("GET", q, accessKeySecret));
        URI uri = URI.create(stsEndpoint + "/?" + AliyunSignatures.canonicalQuery(q) + "&Signature="
                + AliyunSignatures.percent(q.get("Signature")));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("STS AssumeRole answered HTTP " + r.statusCode());
            }
            JsonObject c = JsonText.read(r.body()).asJsonObject().getJsonObject("Credentials");
            return new Grant(c.getString("AccessKeyId"), c.getString("AccessKeySecret"),
                    c.getString("SecurityToken"), Instant.parse(c.getString("Expiration")));
        } catch (IOException e) {
            throw new IllegalStateException("STS AssumeRole failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public boolean exists(String key) {
        String date = AliyunSignatures.httpDate(Instant.now());
        String signature = AliyunSignatures.oss("HEAD", "", "", date, Map.of(), bucket, key, accessKeySecret);
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(bucketUrl + "/" + key))
                    .timeout(Duration.ofSeconds(10)).header("Date", date)
                    .header("Authorization", "OSS " + accessKeyId + ":" + signature)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200 && r.statusCode() != 404) {
                LOG.warning("OSS HeadObject answered HTTP " + r.statusCode());
            }
            return r.statusCode() == 200;
        } catch (IOException e) {
            LOG.warning("OSS HeadObject failed: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public java.util.Optional<byte[]> head(String key, int bytes) {
        String date = AliyunSignatures.httpDate(Instant.now());
        String signature = AliyunSignatures.oss("GET", "", "", date, Map.of(), bucket, key, accessKeySecret);
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(bucketUrl + "/" + key))
                    .timeout(Duration.ofSeconds(10)).header("Date", date).header("Range", "bytes=0-" + (bytes - 1))
                    .header("Authorization", "OSS " + accessKeyId + ":" + signature).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 404) {
                return java.util.Optional.empty();
            }
            if (r.statusCode() != 200 && r.statusCode() != 206) {
                LOG.warning("OSS GetObject answered HTTP " + r.statusCode());
                return java.util.Optional.empty();
            }
            byte[] body = r.body();
            return java.util.Optional.of(body.length > bytes ? java.util.Arrays.copyOf(body, bytes) : body);
        } catch (IOException e) {
            LOG.warning("OSS GetObject failed: " + e.getMessage());
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    @Override
    public void put(String key, java.nio.file.Path file, String contentType, byte[] md5) {
        String date = AliyunSignatures.httpDate(Instant.now());
        String contentMd5 = java.util.Base64.getEncoder().encodeToString(md5);
        String signature = AliyunSignatures.oss("PUT", contentMd5, contentType, date, Map.of(), bucket, key,
                accessKeySecret);
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(bucketUrl + "/" + key))
                    .timeout(Duration.ofSeconds(60)).header("Date", date).header("Content-MD5", contentMd5)
                    .header("Content-Type", contentType)
                    .header("Authorization", "OSS " + accessKeyId + ":" + signature)
                    .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new java.io.UncheckedIOException(new IOException("OSS PutObject answered HTTP " + r.statusCode()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.UncheckedIOException(new IOException("interrupted"));
        }
    }
}
