package com.switchboard.billing.charging;

import com.switchboard.billing.BillingCatalog;
import com.switchboard.billing.BillingSettings;
import com.switchboard.billing.RateTable;
import com.switchboard.billing.wallet.WalletService;

import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.platform.tx.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Charging calls that reach a phone (issue 7, voip.md §7): when a leg is answered it becomes a {@link BillingCallLeg};
 * each started unit ({@code switchboard.billing.call.unit-seconds}, 60) is paid as it starts, from package minutes,
 * then gift minutes, then gift coins and coins at the VOIP-58 rate of the number dialled. A unit nothing can pay
 * ends the call. Paying a unit, counting it on the leg and the ledger line are one transaction with the leg row
 * locked, so a crash anywhere charges each unit once: work lost with an instance is found again by the sweep.
 */
@Stateless
public class CallCharging {
    public static final String INSUFFICIENT_BALANCE = "insufficient_balance";

    @PersistenceContext
    EntityManager em;
    @Inject
    BillingSettings settings;
    @Inject
    WalletService wallets;
    @Inject
    BillingCatalog catalog;
    @Inject
    CallChargeTimers timers;
    @Inject
    Event<CreditExhausted> exhausted;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The VOIP-58 rate of a number; numbers that are not phone numbers take the catch-all rate. */
    public BigDecimal rate(String number) {
        return catalog.rates().rate(RateTable.digits(number).orElse(""));
    }

    /**
     * A call start's credit check ({@code insufficient_balance}, voip.md VOIP-13 Proposed): the payer must be able to
     * pay one unit to each number the call will dial. Creates the wallet with its gift minutes on first use.
     */
    public void requireCredit(Long payerId, String... numbers) {
        wallets.ensureWallet(payerId);
        for (String number : numbers) {
            if (!wallets.canPayUnit(payerId, rate(number))) {
                throw new LworkFailure(INSUFFICIENT_BALANCE);
            }
        }
    }

    /** Whether the payer can pay a unit to {@code number} (a p2p call diverted to a phone). */
    public boolean hasCredit(Long payerId, String number) {
        wallets.ensureWallet(payerId);
        return wallets.canPayUnit(payerId, rate(number));
    }

    /** A leg of the call was answered: its first unit falls due now (charged once this transaction commits). */
    public void answered(String sessionId, String role, Long payerId, String caller, String called, Instant at) {
        BillingCallLeg leg = new BillingCallLeg(sessionId, role, payerId, caller == null ? "" : caller, called,
                rate(called), settings.callUnitSeconds, at);
        em.persist(leg);
        em.flush();
        Long id = leg.id();
        AfterCommit.run(transactions, () -> timers.charge(id));
    }

    /** The call ended: its connected legs owe the units started before {@code at}. */
    public void ended(String sessionId, Instant at) {
        List<Long> ids = em.createQuery("select l.id from BillingCallLeg l where l.sessionId = :sid "
                        + "and l.state in :live", Long.class).setParameter("sid", sessionId)
                .setParameter("live", List.of(BillingCallLeg.State.OPEN, BillingCallLeg.State.CUT)).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update BillingCallLeg l set l.state = :ended, l.endedAt = :at, l.nextUnitAt = :at "
                        + "where l.sessionId = :sid and l.state in :live")
                .setParameter("ended", BillingCallLeg.State.ENDED).setParameter("at", at)
                .setParameter("sid", sessionId)
                .setParameter("live", List.of(BillingCallLeg.State.OPEN, BillingCallLeg.State.CUT)).executeUpdate();
        AfterCommit.run(transactions, () -> ids.forEach(timers::charge));
    }

    /**
     * Pays every unit of the leg that is due and not yet accounted for, in its own transaction with the leg row and
     * then the wallet row locked. A unit nothing can pay cuts a connected leg (the call is ended) or, once the call
     * has ended, is recorded unpaid: balances never go below zero.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void charge(Long legId) {
        BillingCallLeg leg = em.find(BillingCallLeg.class, legId, LockModeType.PESSIMISTIC_WRITE);
        if (leg == null || leg.state() == BillingCallLeg.State.SETTLED || leg.state() == BillingCallLeg.State.CUT) {
            return;
        }
        Instant now = Instant.now();
        int owed = leg.owedUnits(now);
        if (leg.accounted() < owed) {
            wallets.ensureWallet(leg.userId());
            wallets.lock(leg.userId());
            while (leg.accounted() < owed) {
                String ref = "call:" + leg.sessionId() + "/" + leg.role() + "#" + (leg.accounted() + 1);
                WalletService.UnitPayment payment = wallets.payUnit(leg.userId(), leg.rate(), ref, now);
                if (payment != null) {
                    leg.paid(payment);
                } else if (leg.state() == BillingCallLeg.State.ENDED) {
                    leg.unpaid();
                } else {
                    leg.cut();
                    String sid = leg.sessionId();
                    AfterCommit.run(transactions, () -> timers.endCall(sid));
                    return;
                }
            }
        }
        leg.charged(now);
    }

    /** Legs with a unit due (connected legs whose next unit started, ended legs not yet settled). */
    public List<Long> dueLegs() {
        return em.createQuery("select l.id from BillingCallLeg l where l.state in :due and l.nextUnitAt <= :now",
                        Long.class)
                .setParameter("due", List.of(BillingCallLeg.State.OPEN, BillingCallLeg.State.ENDED))
                .setParameter("now", Instant.now()).setMaxResults(1000).getResultList();
    }

    /** Calls still connected although a unit found no credit (their hang-up was lost with an instance). */
    public List<String> cutCalls() {
        return em.createQuery("select l.sessionId from BillingCallLeg l where l.state = :cut", String.class)
                .setParameter("cut", BillingCallLeg.State.CUT).setMaxResults(500).getResultList();
    }

    /** A call's charged legs, for operators and the audit. */
    public List<BillingCallLeg> legs(String sessionId) {
        return em.createQuery("select l from BillingCallLeg l where l.sessionId = :sid order by l.id",
                BillingCallLeg.class).setParameter("sid", sessionId).getResultList();
    }

    /** Asks the calls feature to end a call whose credit ran out. */
    public void endCall(String sessionId) {
        exhausted.fire(new CreditExhausted(sessionId));
    }
}
