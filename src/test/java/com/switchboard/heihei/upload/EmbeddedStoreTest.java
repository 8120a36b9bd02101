package com.switchboard.heihei.upload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded default: files on disk, its own credentials, and the objects it named counted as written. */
class EmbeddedStoreTest extends ObjectStoreContract {
    private final Path dir = tempDir();
    private final EmbeddedStore store = new EmbeddedStore("hh", "a-server-secret", dir);

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("embedded-store");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void clean() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Override
    protected boolean put(String key, ObjectStore.Grant grant) throws Exception {
        return store.write(key, grant.securityToken(), new ByteArrayInputStream(new byte[]{1, 2, 3}), 1024);
    }

    @Override
    protected byte[] stored(String key) throws Exception {
        return Files.readAllBytes(store.file(key).orElseThrow());
    }

    @Test
    void itsCredentialsSayTheyAreNotAliyuns() {
        assertTrue(store.grantPut("record/x.mp3", Duration.ofMinutes(15)).accessKeyId()
                .startsWith(EmbeddedStore.ACCESS_KEY_PREFIX));
    }

    @Test
    void anAppsPutIsKeptAndServedAndALargerOneIsNot() throws Exception {
        String key = "avatar/2026120512_7_cccccccccc.png";
        ObjectStore.Grant g = store.grantPut(key, Duration.ofMinutes(15));
        assertFalse(store.write(key, g.securityToken(), new ByteArrayInputStream(new byte[2048]), 1024));
        assertTrue(store.file(key).isEmpty());
        assertTrue(store.write(key, g.securityToken(), new ByteArrayInputStream(new byte[]{4, 5}), 1024));
        assertArrayEquals(new byte[]{4, 5}, Files.readAllBytes(store.file(key).orElseThrow()));
    }

    @Test
    void aForgedOrAlteredTokenPutsNothing() throws Exception {
        String key = "avatar/2026120512_7_dddddddddd.png";
        String token = store.grantPut(key, Duration.ofMinutes(15)).securityToken();
        long later = Long.parseLong(token.substring(0, token.indexOf('.'))) + 3600;
        String extended = later + token.substring(token.indexOf('.'));
        assertFalse(store.write(key, extended, new ByteArrayInputStream(new byte[]{1}), 1024));
        assertFalse(store.write(key, "1.abc", new ByteArrayInputStream(new byte[]{1}), 1024));
        assertFalse(store.write("../../etc/passwd", token, new ByteArrayInputStream(new byte[]{1}), 1024));
        assertTrue(store.file(key).isEmpty());
    }
}
