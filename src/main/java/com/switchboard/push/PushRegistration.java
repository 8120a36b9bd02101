package com.switchboard.push;

import com.switchboard.platform.reach.Recipient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a user's device push goes (VOIP-34, clidata.push_token): one per user of an audience, the latest wins.
 */
@Entity
@Table(name = "push_registration")
@IdClass(PushRegistration.Key.class)
public class PushRegistration {
    /** The registration's key: one per (audience, user). */
    public static class Key implements Serializable {
        private String audience;
        private String userKey;

        public Key() {
        }

        public Key(String audience, String userKey) {
            this.audience = audience;
            this.userKey = userKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(audience, k.audience) && Objects.equals(userKey, k.userKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(audience, userKey);
        }
    }

    @Id
    private String audience;
    @Id
    @Column(name = "user_key")
    private String userKey;
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

    PushRegistration(Recipient to) {
        this.audience = to.audience();
        this.userKey = to.key();
    }

    void point(String deviceId, String provider, String token, String providerUid, Instant at) {
        this.deviceId = deviceId;
        this.provider = provider;
        this.token = token;
        this.providerUid = providerUid;
        this.updatedAt = at;
    }

    public String deviceId() {
        return deviceId;
    }

    public String provider() {
        return provider;
    }

    public String token() {
        return token;
    }
}
