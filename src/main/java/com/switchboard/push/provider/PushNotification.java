package com.switchboard.push.provider;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * One delivery to one device through its push provider (DESIGN.md §4: one {@code push.dispatch} message each).
 *
 * @param token      the device's provider token
 * @param payload    the provider payload as voip.md §5.2 shapes it (APNs: the object holding {@code aps})
 * @param voip       a VoIP push (APNs {@code apns-push-type: voip}, topic suffix {@code .voip}) rather than an alert
 * @param collapseId notifications with the same id replace each other on the device; may be null
 * @param expiration after this the provider drops the notification instead of storing it; null: deliver once, now
 */
public record PushNotification(String token, JsonObject payload, boolean voip, String collapseId, Instant expiration) {
}
