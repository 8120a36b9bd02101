package com.switchboard.heihei.upload;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link ObjectStore} must do: credentials of Aliyun's shape that expire, with which the object they name
 * can be put (and then exists) and no other object can.
 */
public abstract class ObjectStoreContract {
    protected abstract ObjectStore store();

    /** Puts {@code key} the way an app would with {@code grant}; whether the store took it. */
    protected abstract boolean put(String key, ObjectStore.Grant grant) throws Exception;

    @Test
    void credentialsLetTheirObjectBePutAndThenItExists() throws Exception {
        String key = "record/2026120512_7_abcdefghij.mp3";
        ObjectStore.Grant g = store().grantPut(key, Duration.ofMinutes(15));
        assertFalse(g.accessKeyId().isBlank() || g.accessKeySecret().isBlank() || g.securityToken().isBlank());
        assertTrue(g.expiration().isAfter(Instant.now().plusSeconds(600)));
        assertTrue(put(key, g));
        assertTrue(store().exists(key));
    }

    /** The bytes the store holds for {@code key}. */
    protected abstract byte[] stored(String key) throws Exception;

    @Test
    void aFileTheServerHoldsIsPutWithItsMd5() throws Exception {
        String key = "record/2026120512_7_serverputa.mp3";
        byte[] bytes = "ID3 a voice record".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("contract", ".mp3");
        try {
            java.nio.file.Files.write(file, bytes);
            store().put(key, file, "audio/mpeg", java.security.MessageDigest.getInstance("MD5").digest(bytes));
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertTrue(store().exists(key));
        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, stored(key));
        org.junit.jupiter.api.Assertions.assertArrayEquals("ID3 a".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                store().head(key, 5).orElseThrow(), "an object's first bytes, to check its type");
        assertTrue(store().head("record/2026120512_7_neverputxx.mp3", 5).isEmpty());
    }

    @Test
    void credentialsForOneObjectPutNoOther() throws Exception {
        ObjectStore.Grant g = store().grantPut("message/2026120512_7_aaaaaaaaaa.png", Duration.ofMinutes(15));
        assertFalse(put("avatar/2026120512_8_bbbbbbbbbb.png", g));
    }
}
