package com.switchboard.heihei.user;

import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * What another feature says a user is doing now, for HH-USER-06 {@code userStatus} outside a live room
 * ({@code {"type": 5|6, "jump": link}}): live rooms answer type 5, chats type 6.
 */
public interface UserActivity {
    Optional<JsonObject> statusOf(long userId);
}
