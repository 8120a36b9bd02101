package com.switchboard.heihei.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A sign-in token (HH-USER-02/03), kept only as its hash; sign-out removes it, idleness ends it. */
@Entity
@Table(name = "hh_token")
public class HeiheiToken {
    /** Use is written at most this often, not on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;
    /** HH-USER-18's device id, when the push registration was made with this token. */
    @Column(name = "push_device", length = 128)
    private String pushDevice;

    protected HeiheiToken() {
    }

    HeiheiToken(String tokenHash, Long userId, Instant now) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    boolean live(Instant now, Duration idle) {
        return now.isBefore(lastSeenAt.plus(idle));
    }

    /** @return whether the row changed */
    boolean seen(Instant now) {
        if (now.isBefore(lastSeenAt.plus(TOUCH_EVERY))) {
            return false;
        }
        lastSeenAt = now;
        return true;
    }

    String pushDevice() {
        return pushDevice;
    }

    void pushDevice(String deviceId) {
        pushDevice = deviceId;
    }

    String tokenHash() {
        return tokenHash;
    }

    Long userId() {
        return userId;
    }
}
