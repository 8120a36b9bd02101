package com.switchboard.heihei.upload;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded default: its own credentials, and the objects it named counted as written. */
class EmbeddedStoreTest extends ObjectStoreContract {
    private final EmbeddedStore store = new EmbeddedStore("hh", "a-server-secret");

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Override
    protected boolean put(String key, ObjectStore.Grant grant) {
        return store.accepts(key, grant);
    }

    @Test
    void itsCredentialsSayTheyAreNotAliyuns() {
        assertTrue(store.grantPut("record/x.mp3", java.time.Duration.ofMinutes(15)).accessKeyId()
                .startsWith(EmbeddedStore.ACCESS_KEY_PREFIX));
    }
}
