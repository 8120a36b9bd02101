package com.switchboard.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One notified {@code (account, event, uid)} of rule 6.1, pending until acknowledged or otherwise ended. */
@Entity
@Table(name = "notify_pending")
public class NotifyPending {
    public enum State { PENDING, ACKED, READ, LOGGED_OUT, EXPIRED, NO_ACK_NEEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(nullable = false, updatable = false)
    private String event;
    @Column(name = "mail_acc", nullable = false, updatable = false)
    private String mailAcc;
    @Column(nullable = false, updatable = false)
    private String uid;
    @Column(nullable = false)
    private String state;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NotifyPending() {
    }

    NotifyPending(NotifyBatch batch, String uid, Instant now) {
        this.batchId = batch.id();
        this.userId = batch.userId();
        this.event = batch.event();
        this.mailAcc = batch.mailAcc();
        this.uid = uid;
        this.state = State.PENDING.name();
        this.createdAt = now;
    }

    public Long batchId() {
        return batchId;
    }

    public String event() {
        return event;
    }

    public String mailAcc() {
        return mailAcc;
    }

    public String uid() {
        return uid;
    }

    public String state() {
        return state;
    }
}
