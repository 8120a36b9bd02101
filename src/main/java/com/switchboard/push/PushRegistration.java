package com.switchboard.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Where an account's device push goes (VOIP-34, clidata.push_token): one per account, the latest wins. */
@Entity
@Table(name = "push_registration")
public class PushRegistration {
    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "device_id")
    private String deviceId;
    @Column(nullable = false)
    private String provider;
    @Column(nullable = false)
    private String token;
    /** Baidu's {@code user_id}, kept for operators; the channel id is the token. */
    @Column(name = "provider_uid")
    private String providerUid;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PushRegistration() {
    }

    PushRegistration(Long userId) {
        this.userId = userId;
    }

    void point(String deviceId, String provider, String token, String providerUid, Instant at) {
        this.deviceId = deviceId;
        this.provider = provider;
        this.token = token;
        this.providerUid = providerUid;
        this.updatedAt = at;
    }

    public Long userId() {
        return userId;
    }

    public String provider() {
        return provider;
    }

    public String token() {
        return token;
    }
}
