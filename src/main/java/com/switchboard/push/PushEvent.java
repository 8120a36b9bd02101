package com.switchboard.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event waiting for a device's next long-poll (VOIP-33). Deleted when a poll takes it. */
@Entity
@Table(name = "push_event")
public class PushEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(name = "device_id", nullable = false, updatable = false)
    private String deviceId;
    @Column(nullable = false, updatable = false)
    private String payload;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    /** Call invitations go stale (60 s); null = kept until taken. */
    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    protected PushEvent() {
    }

    public PushEvent(Long userId, String deviceId, String payload, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.deviceId = deviceId;
        this.payload = payload;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    String payload() {
        return payload;
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && expiresAt.isBefore(now);
    }
}
