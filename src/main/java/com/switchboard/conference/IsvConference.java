package com.switchboard.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A multi-party conference (CONF-04) and its lifecycle (conference.md 2.1). */
@Entity
@Table(name = "isv_conference")
public class IsvConference {
    /** conference.md 2.1. */
    public enum State { CREATED, ACTIVE, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;
    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;
    @Column(nullable = false, updatable = false)
    private String caller;
    /** The participants CONF-04 named, comma-separated, dialled once the conference is ACTIVE. */
    @Column(nullable = false, updatable = false)
    private String phones;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "activate_at")
    private Instant activateAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;
    @Version
    private long version;

    protected IsvConference() {
    }

    IsvConference(String sessionId, Long accountId, String userId, String caller, String phones, Instant now) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.userId = userId;
        this.caller = caller;
        this.phones = phones;
        this.state = State.CREATED;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public Long accountId() {
        return accountId;
    }

    public String userId() {
        return userId;
    }

    public String caller() {
        return caller;
    }

    public java.util.List<String> phones() {
        return java.util.List.of(phones.split(","));
    }

    public State state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }
}
