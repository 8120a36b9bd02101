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
    }

    void polled(Instant at) {
        this.lastPollAt = at;
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
