package com.switchboard.heihei.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of one currency of a wallet, with the balance after it. */
@Entity
@Table(name = "hh_ledger")
public class LedgerEntry {
    public static final String GOLD = "gold";
    public static final String POINT = "point";
    /** Tickets held back by a pending withdrawal. */
    public static final String RESERVED = "reserved";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(nullable = false, updatable = false)
    private String currency;
    @Column(nullable = false, updatable = false)
    private long delta;
    @Column(name = "balance_after", nullable = false, updatable = false)
    private long balanceAfter;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(updatable = false)
    private String reference;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LedgerEntry() {
    }

    LedgerEntry(Long userId, String currency, long delta, long balanceAfter, String reason, String reference,
                Instant at) {
        this.userId = userId;
        this.currency = currency;
        this.delta = delta;
        this.balanceAfter = balanceAfter;
        this.reason = reason;
        this.reference = reference;
        this.createdAt = at;
    }

    public String currency() {
        return currency;
    }

    public long delta() {
        return delta;
    }

    public long balanceAfter() {
        return balanceAfter;
    }

    public String reason() {
        return reason;
    }
}
