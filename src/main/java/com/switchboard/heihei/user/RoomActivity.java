package com.switchboard.heihei.user;

import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * HH-USER-06 {@code userStatus} inside a live room ({@code liveId} given): what co-hosting says of the user there,
 * {@code {"confStatus": 1..4, "expireTime"?}}.
 */
public interface RoomActivity {
    Optional<JsonObject> statusIn(long liveId, long userId);
}
