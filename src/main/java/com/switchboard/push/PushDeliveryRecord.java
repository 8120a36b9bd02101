package com.switchboard.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One attempt of one device push and what came of it (ops view {@code GET /ops/push/deliveries}). */
@Entity
@Table(name = "push_delivery")
public class PushDeliveryRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "delivery_id", nullable = false, updatable = false)
    private String deliveryId;
    @Column(nullable = false, updatable = false)
    private String audience;
    @Column(name = "user_key", nullable = false, updatable = false)
    private String userKey;
    @Column(nullable = false, updatable = false)
    private String provider;
    @Column(nullable = false, updatable = false)
    private String token;
    @Column(nullable = false, updatable = false)
    private int attempt;
    @Column(nullable = false, updatable = false)
    private String outcome;
    @Column(updatable = false)
    private String detail;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PushDeliveryRecord() {
    }

    PushDeliveryRecord(String deliveryId, String audience, String userKey, String provider, String token, int attempt, String outcome,
                       String detail, Instant createdAt) {
        this.deliveryId = deliveryId;
        this.audience = audience;
        this.userKey = userKey;
        this.provider = provider;
        this.token = token;
        this.attempt = attempt;
        this.outcome = outcome;
        this.detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.createdAt = createdAt;
    }

    public String deliveryId() {
        return deliveryId;
    }

    public String provider() {
        return provider;
    }

    public String token() {
        return token;
    }

    public int attempt() {
        return attempt;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
