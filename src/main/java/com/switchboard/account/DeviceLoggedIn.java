package com.switchboard.account;

import jakarta.json.JsonObject;

/** A device logged in (VOIP-01, 10, 11): the push feature reads push tokens from its {@code clidata}. */
public record DeviceLoggedIn(Long userId, String deviceId, JsonObject clidata) {
}
