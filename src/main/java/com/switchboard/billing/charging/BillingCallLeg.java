package com.switchboard.billing.charging;

import com.switchboard.billing.wallet.WalletService;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A charged leg of a call (a leg that reached a phone and was answered). Each started unit of connected time is owed
 * from the moment it starts; {@link #units} counts those paid and {@link #unpaidUnits} those that found no credit.
 */
@Entity
@Table(name = "billing_call_leg")
public class BillingCallLeg {
    public enum State {
        /** Connected: units fall due as they start. */
        OPEN,
        /** A unit could not be paid: the call is being ended. */
        CUT,
        /** Hung up: the units started before the end are still owed. */
        ENDED,
        /** Every owed unit is paid or recorded unpaid. */
        SETTLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;
    @Column(nullable = false, updatable = false)
    private String role;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(nullable = false, updatable = false)
    private String caller;
    @Column(nullable = false, updatable = false)
    private String called;
    @Column(nullable = false, updatable = false)
    private BigDecimal rate;
    @Column(name = "unit_seconds", nullable = false, updatable = false)
    private int unitSeconds;
    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "next_unit_at")
    private Instant nextUnitAt;
    private int units;
    @Column(name = "unpaid_units")
    private int unpaidUnits;
    @Column(name = "pkg_minutes")
    private int pkgMinutes;
    @Column(name = "gift_minutes")
    private int giftMinutes;
    private BigDecimal coins = BigDecimal.ZERO;

    protected BillingCallLeg() {
    }

    BillingCallLeg(String sessionId, String role, Long userId, String caller, String called, BigDecimal rate,
                   int unitSeconds, Instant answeredAt) {
        this.sessionId = sessionId;
        this.role = role;
        this.userId = userId;
        this.caller = caller;
        this.called = called;
        this.rate = rate;
        this.unitSeconds = unitSeconds;
        this.answeredAt = answeredAt;
        this.state = State.OPEN;
        this.nextUnitAt = answeredAt;
    }

    /**
     * Units owed at {@code now}: while connected, every unit that has started; once ended, every unit started before
     * the end (at least one: the leg was answered).
     */
    int owedUnits(Instant now) {
        long unitMillis = unitSeconds * 1000L;
        if (endedAt != null) {
            long millis = Math.max(0, Duration.between(answeredAt, endedAt).toMillis());
            return (int) Math.max(1, (millis + unitMillis - 1) / unitMillis);
        }
        long millis = Math.max(0, Duration.between(answeredAt, now).toMillis());
        return (int) (millis / unitMillis + 1);
    }

    int accounted() {
        return units + unpaidUnits;
    }

    void paid(WalletService.UnitPayment payment) {
        units++;
        pkgMinutes += payment.packageMinutes();
        giftMinutes += payment.giftMinutes();
        coins = coins.add(payment.coins());
    }

    void unpaid() {
        unpaidUnits++;
    }

    void cut() {
        state = State.CUT;
        nextUnitAt = null;
    }

    /** After charging: settled once ended and all accounted, else due again when the next unit starts. */
    void charged(Instant now) {
        if (state == State.ENDED && accounted() >= owedUnits(now)) {
            state = State.SETTLED;
            nextUnitAt = null;
        } else if (state == State.OPEN) {
            nextUnitAt = answeredAt.plusSeconds((long) unitSeconds * accounted());
        }
    }

    public Long id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public String role() {
        return role;
    }

    public Long userId() {
        return userId;
    }

    public String caller() {
        return caller;
    }

    public String called() {
        return called;
    }

    public BigDecimal rate() {
        return rate;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    Instant nextUnitAt() {
        return nextUnitAt;
    }

    public State state() {
        return state;
    }

    public int units() {
        return units;
    }

    public int unpaidUnits() {
        return unpaidUnits;
    }

    public int pkgMinutes() {
        return pkgMinutes;
    }

    public int giftMinutes() {
        return giftMinutes;
    }

    public BigDecimal coins() {
        return coins;
    }
}
