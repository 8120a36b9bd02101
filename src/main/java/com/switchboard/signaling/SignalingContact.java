package com.switchboard.signaling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a phone's contact list (SIG-02). */
@Entity
@Table(name = "sig_contact")
public class SignalingContact {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_phone", nullable = false, updatable = false)
    private String ownerPhone;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String phone;
    @Column(name = "device_id", nullable = false)
    private String deviceId;

    protected SignalingContact() {
    }

    SignalingContact(String ownerPhone, int position, Device contact) {
        this.ownerPhone = ownerPhone;
        this.position = position;
        this.phone = contact.phone();
        this.deviceId = contact.deviceId();
    }

    Device device() {
        return new Device(phone, deviceId);
    }
}
