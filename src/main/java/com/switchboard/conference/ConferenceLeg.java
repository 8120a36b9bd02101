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
import java.util.EnumSet;
import java.util.Set;

/** One dialled number of a conference (conference.md 2.2); its gateway leg is {@code conf/<session>/<id>}. */
@Entity
@Table(name = "isv_conference_leg")
public class ConferenceLeg {
    /** conference.md 4.4 {@code call_state}. */
    public enum CallState {
        INVITE, RINGING, ANSWERED, DISCONNECTED, FAILED, CANCEL;

        public static final Set<CallState> LIVE = EnumSet.of(INVITE, RINGING, ANSWERED);

        public boolean terminal() {
            return !LIVE.contains(this);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "conference_id", nullable = false, updatable = false)
    private Long conferenceId;
    @Column(nullable = false, updatable = false)
    private String number;
    @Column(name = "caller_leg", nullable = false, updatable = false)
    private boolean callerLeg;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallState state;
    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "hangup_cause")
    private String hangupCause;
    @Column(name = "charged_units", nullable = false)
    private int chargedUnits;
    @Column(name = "money_units", nullable = false)
    private int moneyUnits;
    @Column(name = "charged_fen", nullable = false)
    private long chargedFen;
    @Column(name = "next_charge_at")
    private Instant nextChargeAt;
    /** The instance whose gateway holds this leg (its memory); when it stops beating the leg is released. */
    @Column(name = "owner_instance", updatable = false)
    private String ownerInstance;
    @Version
    private long version;

    protected ConferenceLeg() {
    }

    ConferenceLeg(Long conferenceId, String number, boolean callerLeg, Instant now, String ownerInstance) {
        this.conferenceId = conferenceId;
        this.ownerInstance = ownerInstance;
        this.number = number;
        this.callerLeg = callerLeg;
        this.state = CallState.INVITE;
        this.invitedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long conferenceId() {
        return conferenceId;
    }

    public String number() {
        return number;
    }

    public boolean callerLeg() {
        return callerLeg;
    }

    public CallState state() {
        return state;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public String hangupCause() {
        return hangupCause;
    }

    public int chargedUnits() {
        return chargedUnits;
    }

    public int moneyUnits() {
        return moneyUnits;
    }

    /** When the sweep charges this leg next (null: nothing due). */
    public Instant nextChargeAt() {
        return nextChargeAt;
    }

    /** The instance whose gateway holds the leg; null for legs placed before owners were recorded. */
    public String ownerInstance() {
        return ownerInstance;
    }

    public long chargedFen() {
        return chargedFen;
    }
}
