package com.switchboard.platform.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** A one-time SMS auth code, bound to (target, purpose): 10 minutes, single use, locked after 5 wrong tries. */
@Entity
@Table(name = "sms_code")
public class SmsCode {
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    public static final int MAX_FAILED_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String target;
    @Column(nullable = false, updatable = false)
    private String purpose;
    @Column(nullable = false, updatable = false)
    private String code;
    @Column(name = "requester_id", updatable = false)
    private Long requesterId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(nullable = false)
    private boolean used;

    protected SmsCode() {
    }

    public SmsCode(String target, SmsPurpose purpose, String code, Long requesterId, Instant now) {
        this.target = target;
        this.purpose = purpose.wire();
        this.code = code;
        this.requesterId = requesterId;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** Whether this code can still be redeemed at all. */
    boolean usable(Instant now) {
        return !used && failedAttempts < MAX_FAILED_ATTEMPTS && now.isBefore(expiresAt);
    }

    boolean matches(String presented) {
        return MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                presented.trim().getBytes(StandardCharsets.UTF_8));
    }

    boolean requestedBy(Long userId) {
        return requesterId == null || requesterId.equals(userId);
    }

    void redeem() {
        used = true;
    }

    void failedAttempt() {
        failedAttempts++;
    }

    Long id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }
}
