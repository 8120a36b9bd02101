package com.switchboard.platform.config;

import java.util.List;

/**
 * A feature's compatibility settings that weaken security while in effect (the seed's rules, checks left off for old
 * clients). Every implementation is listed at start-up, in {@code /health} data and on the ops dashboard.
 */
public interface InsecureMode {
    /** One short line per mode in effect: the setting that ends it, and what it lets through. */
    List<String> inEffect();
}
