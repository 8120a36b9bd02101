package com.switchboard.platform.reach;

import java.util.Map;

/**
 * Who a notice is for: the audience ({@code lwork}, {@code heihei}) and that audience's key of the user (its user
 * id as text). {@code route} holds what the audience's live channel needs to find the user's open connection
 * without another lookup (lwork: the account and the active device).
 */
public record Recipient(String audience, String key, Map<String, String> route) {
    public static final String LWORK = "lwork";

    public Recipient {
        route = Map.copyOf(route);
    }

    public static Recipient of(String audience, String key) {
        return new Recipient(audience, key, Map.of());
    }

    public String route(String name) {
        return route.get(name);
    }
}
