package com.switchboard.heihei.upload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Aliyun client against the local STS + OSS stand-in, which checks both signatures. */
class AliyunOssStoreTest extends ObjectStoreContract {
    private FakeAliyun aliyun;

    @BeforeEach
    void start() throws Exception {
        aliyun = new FakeAliyun(0, "LTAI-it", "it-secret");
    }

    @AfterEach
    void stop() {
        aliyun.close();
    }

    @Override
    protected ObjectStore store() {
        return new AliyunOssStore(aliyun.base() + "/sts", aliyun.base() + "/oss/hh", "hh", "LTAI-it", "it-secret",
                "acs:ram::1:role/upload");
    }

    @Override
    protected boolean put(String key, ObjectStore.Grant grant) throws Exception {
        return OssClient.put(aliyun.base() + "/oss/hh", "hh", key, grant, new byte[]{1, 2, 3}) == 200;
    }

    @Override
    protected byte[] stored(String key) {
        return aliyun.objects.get("hh/" + key);
    }

    @Test
    void aServerPutWhoseBytesDoNotMatchItsMd5IsRefused() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("oss", ".mp3");
        try {
            java.nio.file.Files.write(file, new byte[]{1, 2, 3});
            assertThrows(java.io.UncheckedIOException.class, () -> store().put("record/bad.mp3", file, "audio/mpeg",
                    new byte[16]));
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertFalse(store().exists("record/bad.mp3"));
    }

    @Test
    void anObjectNeverPutDoesNotExist() {
        assertFalse(store().exists("record/never.mp3"));
    }

    @Test
    void aWrongAccountKeyGetsNoCredentials() {
        ObjectStore wrong = new AliyunOssStore(aliyun.base() + "/sts", aliyun.base() + "/oss/hh", "hh", "LTAI-it",
                "not-the-secret", "acs:ram::1:role/upload");
        assertThrows(IllegalStateException.class, () -> wrong.grantPut("record/x.mp3", Duration.ofMinutes(15)));
    }
}
