package com.switchboard.telephony;

/** A leg as the gateway names it; opaque to callers. */
public record LegId(String value) {
}
