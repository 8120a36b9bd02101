package com.switchboard.push;

import jakarta.json.JsonObject;

import java.time.Duration;

/**
 * One event for a user's device push (voip.md §5.2): the Android custom content (Baidu, Getui) and the APNs
 * payload; either may be null when the event has no form for that platform (VOIP-37 is iOS only).
 *
 * @param ttl        after this the event is stale and dropped instead of delivered late
 * @param collapseId a newer push with the same id replaces the older on the device; may be null
 */
public record DeviceMessage(JsonObject customContent, JsonObject apns, Duration ttl, String collapseId) {
}
