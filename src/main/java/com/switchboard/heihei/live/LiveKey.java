package com.switchboard.heihei.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** HH-LIVE-22's {@code liveKey}, kept only as its hash: one use, by the invited user, in that live. */
@Entity
@Table(name = "hh_live_key")
public class LiveKey {
    @Id
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "live_id", nullable = false, updatable = false)
    private long liveId;
    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected LiveKey() {
    }

    LiveKey(String keyHash, long liveId, long userId, Instant now) {
        this.keyHash = keyHash;
        this.liveId = liveId;
        this.userId = userId;
        this.createdAt = now;
    }

    /** Uses the key if it is this user's for this live and unused. */
    boolean use(long liveId, long userId, Instant now) {
        if (usedAt != null || this.liveId != liveId || this.userId != userId) {
            return false;
        }
        usedAt = now;
        return true;
    }
}
