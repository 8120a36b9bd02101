package com.switchboard.heihei.upload;

import java.time.Duration;
import java.time.Instant;

/**
 * Where clients put media (HH-UPLOAD-01): the server names the object, hands out credentials that may write that
 * object only, and later asks whether it was written. {@link AliyunOssStore} speaks Aliyun STS (AssumeRole with a
 * one-object policy) and OSS (HeadObject); {@link EmbeddedStore}, the default, issues credentials only it accepts and
 * counts an issued object as written. Both pass {@code ObjectStoreContract}.
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
}
