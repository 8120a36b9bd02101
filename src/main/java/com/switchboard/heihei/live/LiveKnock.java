package com.switchboard.heihei.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A user's latest knock on a live (HH-LIVE-23), shown to the anchor as {@code knocked} (HH-LIVE-21). */
@Entity
@Table(name = "hh_live_knock")
@IdClass(LiveUserKey.class)
public class LiveKnock {
    @Id
    @Column(name = "live_id")
    private Long liveId;
    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "knocked_at", nullable = false)
    private Instant knockedAt;

    protected LiveKnock() {
    }

    LiveKnock(long liveId, long userId, Instant now) {
        this.liveId = liveId;
        this.userId = userId;
        this.knockedAt = now;
    }

    /** Knocks again unless the last one is younger than {@code every}. */
    boolean again(Instant now, Duration every) {
        if (knockedAt.plus(every).isAfter(now)) {
            return false;
        }
        knockedAt = now;
        return true;
    }
}
