package com.switchboard.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One new_email_arrived / new_oa_arrived push and its redeliveries (rule 6.1). */
@Entity
@Table(name = "notify_batch")
public class NotifyBatch {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(nullable = false, updatable = false)
    private String event;
    @Column(name = "mail_acc", nullable = false, updatable = false)
    private String mailAcc;
    @Column(updatable = false)
    private String alert;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(nullable = false)
    private boolean closed;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NotifyBatch() {
    }

    NotifyBatch(Long userId, String event, String mailAcc, String alert, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.event = event;
        this.mailAcc = mailAcc;
        this.alert = MailItem.cut(alert, 1000);
        this.nextAttemptAt = now;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public String event() {
        return event;
    }

    public String mailAcc() {
        return mailAcc;
    }

    public String alert() {
        return alert;
    }

    public int attempts() {
        return attempts;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
