package com.switchboard.heihei.upload;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

/** What an app does with HH-UPLOAD-01's credentials: PutObject signed with them and their security token. */
public final class OssClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private OssClient() {
    }

    /** @return the HTTP status of the put */
    public static int put(String bucketUrl, String bucket, String key, ObjectStore.Grant grant, byte[] body)
            throws Exception {
        String date = AliyunSignatures.httpDate(Instant.now());
        String type = "application/octet-stream";
        String signature = AliyunSignatures.oss("PUT", "", type, date,
                Map.of("x-oss-security-token", grant.securityToken()), bucket, key, grant.accessKeySecret());
        return HTTP.send(HttpRequest.newBuilder(URI.create(bucketUrl + "/" + key)).header("Date", date)
                .header("Content-Type", type).header("x-oss-security-token", grant.securityToken())
                .header("Authorization", "OSS " + grant.accessKeyId() + ":" + signature)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
