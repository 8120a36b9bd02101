package com.switchboard.signaling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A registered (phone, device_id): the only pairs that may log in (SIG-01 Proposed). */
@Entity
@Table(name = "sig_device")
public class SignalingDevice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String phone;
    @Column(name = "device_id", nullable = false, updatable = false)
    private String deviceId;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected SignalingDevice() {
    }

    SignalingDevice(String phone, String deviceId, Instant at) {
        this.phone = phone;
        this.deviceId = deviceId;
        this.registeredAt = at;
    }

    public Long id() {
        return id;
    }
}
