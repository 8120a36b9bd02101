package com.switchboard.call;

/** A callback leg (voip.md §4.1); {@link #wire()} is the spec's spelling. */
public enum LegStatus {
    IDLE, RING, HOOKOFF, RELEASED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
