package com.switchboard.platform.realtime;

/**
 * Whose socket a connection is: a {@code channel} (the feature's socket family, e.g. {@code signaling}) and the key
 * that feature gives its owners (a device for signaling, a user for the heihei channel).
 */
public record Owner(String channel, String key) {
}
