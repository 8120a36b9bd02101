package com.switchboard.heihei.upload;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Where media lives (HH-UPLOAD-01, HH-TOPIC-11): the server names each object; an app puts it with credentials that
 * may write that object only, and the server later asks whether it was written; files the server received itself it
 * puts with its own key. {@link AliyunOssStore} speaks Aliyun STS (AssumeRole with a one-object policy) and OSS
 * (PutObject, HeadObject); {@link EmbeddedStore}, the default, keeps files on local disk and issues credentials only it
 * accepts. Both pass {@code ObjectStoreContract}.
 */
public interface ObjectStore {
    /** Temporary credentials as STS returns them. */
    record Grant(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {
    }

    String bucket();

    /** Credentials that may put {@code key} (and nothing else) until they expire. */
    Grant grantPut(String key, Duration life);

    /** Whether the object is there (a client put it). */
    boolean exists(String key);

    /**
     * Puts a file the server holds, streaming it; {@code md5} (16 bytes) is sent for the store to check.
     *
     * @throws java.io.UncheckedIOException when the store did not take it
     */
    void put(String key, Path file, String contentType, byte[] md5);

    /** The first {@code bytes} bytes of the object (fewer when it is shorter); empty when it does not exist. */
    java.util.Optional<byte[]> head(String key, int bytes);

    /** A key the server names: {@code module/fileName}, letters, digits, {@code _ - .} only, no {@code ..}. */
    static boolean saneKey(String key) {
        return key != null && key.length() <= 128 && key.matches("[a-z]+/[A-Za-z0-9_.-]+") && !key.contains("..");
    }
}
