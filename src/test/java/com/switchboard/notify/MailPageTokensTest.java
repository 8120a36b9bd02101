package com.switchboard.notify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailPageTokensTest {
    private final MailPageTokens tokens = new MailPageTokens("k".repeat(32).getBytes());
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aTokenOpensOnlyItsUsersPageAndOnlyUntilItExpires() {
        String t = tokens.issue("136", now, Duration.ofMinutes(10));
        assertTrue(tokens.valid("136", t, now.plusSeconds(599)));
        assertFalse(tokens.valid("137", t, now), "another uuid");
        assertFalse(tokens.valid("136", t, now.plusSeconds(600)), "expired");
        assertFalse(tokens.valid("136", null, now));
        assertFalse(tokens.valid("136", "garbage", now));
        String later = (now.getEpochSecond() + 99999) + t.substring(t.indexOf('.'));
        assertFalse(tokens.valid("136", later, now), "a stretched expiry breaks the MAC");
        assertFalse(new MailPageTokens("x".repeat(32).getBytes()).valid("136", t, now), "another key");
    }
}
