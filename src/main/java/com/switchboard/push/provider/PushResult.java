package com.switchboard.push.provider;

import java.time.Duration;

/** How a provider answered one delivery. */
public sealed interface PushResult {
    /** Accepted by the provider; {@code id} is its id for the notification, if it gives one. */
    record Delivered(String id) implements PushResult {
    }

    /** The token is no longer valid: remove it, never retry. */
    record InvalidToken(String reason) implements PushResult {
    }

    /** A transient failure: try again, no sooner than {@code after}. */
    record Retry(Duration after, String reason) implements PushResult {
    }

    /** A permanent failure of this notification (bad payload, bad credentials): do not retry. */
    record Failed(String reason) implements PushResult {
    }
}
