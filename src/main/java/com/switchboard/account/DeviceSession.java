package com.switchboard.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A device an account is logged in on. Only the user's active device may use the push channel. */
@Entity
@Table(name = "lwork_device_session")
public class DeviceSession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(name = "device_id", nullable = false, updatable = false)
    private String deviceId;
    @Column(name = "os_type")
    private String osType;
    private String clidata;
    @Column(name = "logged_in_at", nullable = false)
    private Instant loggedInAt;
    @Column(name = "last_poll_at")
    private Instant lastPollAt;
    /** SHA-256 (hex) of the session value login returned; the value itself is never stored. */
    @Column(name = "session_hash")
    private String sessionHash;
    /** The last request that used this session, to the precision of {@link DeviceSessions#TOUCH_EVERY}. */
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected DeviceSession() {
    }

    public DeviceSession(Long userId, String deviceId, String osType, String clidata, Instant at) {
        this.userId = userId;
        this.deviceId = deviceId;
        loggedIn(osType, clidata, at);
    }

    void loggedIn(String osType, String clidata, Instant at) {
        this.osType = osType;
        this.clidata = clidata;
        this.loggedInAt = at;
        this.lastSeenAt = at;
    }

    void sessionHash(String hash) {
        this.sessionHash = hash;
    }

    /**
     * VOIP-12 calls a device online when it polled within two minutes; recording each poll to the second would be
     * an UPDATE per poll, so the mark moves at most every 30 s (a poll is re-issued within its 55 s hold, so a polling
     * device's mark is never older than 85 s).
     */
    void polled(Instant at) {
        if (lastPollAt == null || lastPollAt.plusSeconds(30).isBefore(at)) {
            this.lastPollAt = at;
        }
        seen(at);
    }

    /** Counts as activity; written at most once per {@link DeviceSessions#TOUCH_EVERY}, not on every request. */
    void seen(Instant at) {
        if (lastSeenAt == null || lastSeenAt.plus(DeviceSessions.TOUCH_EVERY).isBefore(at)) {
            lastSeenAt = at;
        }
    }

    /** Idle longer than {@code idle}: the session has ended, whatever the row says. */
    boolean expired(Instant now, java.time.Duration idle) {
        Instant last = lastSeenAt != null ? lastSeenAt : loggedInAt;
        return last.plus(idle).isBefore(now);
    }

    String sessionHash() {
        return sessionHash;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Long userId() {
        return userId;
    }

    public String deviceId() {
        return deviceId;
    }

    public String osType() {
        return osType;
    }

    public Instant lastPollAt() {
        return lastPollAt;
    }
}
