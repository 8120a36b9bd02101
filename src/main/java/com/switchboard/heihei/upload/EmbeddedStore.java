package com.switchboard.heihei.upload;

import com.switchboard.platform.secret.Hmac;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * No object store configured: credentials of Aliyun's shape that no real service accepts (an access key id starting
 * {@code embedded-}, a security token that is this service's HMAC of the object and expiry), and every object the
 * service named counted as written, as if the client had put it. A sign still verifies only once, only for its user.
 */
public final class EmbeddedStore implements ObjectStore {
    static final String ACCESS_KEY_PREFIX = "embedded-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String bucket;
    private final Hmac tokens;

    public EmbeddedStore(String bucket, String secret) {
        this.bucket = bucket;
        this.tokens = Hmac.of(secret);
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public Grant grantPut(String key, Duration life) {
        Instant expiration = Instant.now().plus(life).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        byte[] id = new byte[8];
        byte[] secret = new byte[16];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Grant(ACCESS_KEY_PREFIX + HexFormat.of().formatHex(id), HexFormat.of().formatHex(secret),
                tokens.mac(bucket + "/" + key + "@" + expiration), expiration);
    }

    /** Whether a token is this store's for that object and unexpired. */
    boolean accepts(String key, Grant grant) {
        return grant.accessKeyId().startsWith(ACCESS_KEY_PREFIX) && grant.expiration().isAfter(Instant.now())
                && tokens.matches(bucket + "/" + key + "@" + grant.expiration(), grant.securityToken());
    }

    @Override
    public boolean exists(String key) {
        return key != null && !key.isBlank() && !key.contains("..");
    }
}
