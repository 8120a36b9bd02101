package com.switchboard.platform.reach;

import jakarta.json.JsonObject;

import java.time.Duration;

/**
 * One audience's open connection to its users (lwork's long-poll, the heihei channel socket), as a CDI bean; the
 * reach facade picks the one whose {@link #audience} the recipient names.
 */
public interface LiveChannel {
    String audience();

    /**
     * Hands the event to the user's open connection, or queues it for the user's next poll for {@code ttl}.
     *
     * @return whether the user has a connection that will see it (else device push is the only way)
     */
    boolean deliver(Recipient to, JsonObject event, Duration ttl);
}
