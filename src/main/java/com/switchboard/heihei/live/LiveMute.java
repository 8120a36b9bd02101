package com.switchboard.heihei.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;

/** A user the anchor muted in one live (HH-LIVE-25): 722 on room text and co-hosting requests. */
@Entity
@Table(name = "hh_live_mute")
@IdClass(LiveUserKey.class)
public class LiveMute {
    @Id
    @Column(name = "live_id")
    private Long liveId;
    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LiveMute() {
    }

    LiveMute(long liveId, long userId, Instant now) {
        this.liveId = liveId;
        this.userId = userId;
        this.createdAt = now;
    }
}
