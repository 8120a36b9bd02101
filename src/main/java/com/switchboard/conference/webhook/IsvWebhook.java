package com.switchboard.conference.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One CONF-08 or CONF-09 callback event and its delivery state. */
@Entity
@Table(name = "isv_webhook")
public class IsvWebhook {
    public static final String STATUS = "STATUS";
    public static final String RECORD = "RECORD";
    /** Waiting for its turn or its next attempt. */
    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    /** The receiver refused it with a code that is not retried (CONF-09 0001/0003/0004/0005/0010). */
    public static final String REJECTED = "REJECTED";
    /** Still not delivered when the schedule gave up: dead-lettered. */
    public static final String DEAD = "DEAD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(nullable = false, updatable = false)
    private String url;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "order_key", nullable = false, updatable = false)
    private String orderKey;
    @Column(nullable = false, updatable = false)
    private int seq;
    @Column(nullable = false)
    private String state;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "last_outcome")
    private String lastOutcome;

    protected IsvWebhook() {
    }

    IsvWebhook(String eventId, Long accountId, String kind, String url, String body, String orderKey, int seq,
               Instant now) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.kind = kind;
        this.url = url;
        this.body = body;
        this.orderKey = orderKey;
        this.seq = seq;
        this.state = PENDING;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public Long accountId() {
        return accountId;
    }

    public String kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String body() {
        return body;
    }

    public String orderKey() {
        return orderKey;
    }

    public int seq() {
        return seq;
    }

    public String state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String lastOutcome() {
        return lastOutcome;
    }
}
