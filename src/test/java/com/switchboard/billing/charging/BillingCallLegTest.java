package com.switchboard.billing.charging;

import com.switchboard.billing.wallet.WalletService;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BillingCallLegTest {
    static final Instant ANSWERED = Instant.parse("2026-11-28T10:00:00Z");

    private static BillingCallLeg leg() {
        return new BillingCallLeg("s", "callee", 1L, "", "13900001111", new BigDecimal("0.10"), 60, ANSWERED);
    }

    @Test
    void whileConnectedEveryStartedUnitIsOwed() {
        BillingCallLeg leg = leg();
        assertEquals(1, leg.owedUnits(ANSWERED));
        assertEquals(1, leg.owedUnits(ANSWERED.plusMillis(59_999)));
        assertEquals(2, leg.owedUnits(ANSWERED.plusSeconds(60)));
        assertEquals(3, leg.owedUnits(ANSWERED.plusSeconds(121)));
    }

    @Test
    void paidUnitsMoveTheNextDueTimeByOneUnit() {
        BillingCallLeg leg = leg();
        leg.paid(new WalletService.UnitPayment(1, 0, BigDecimal.ZERO));
        leg.charged(ANSWERED.plusSeconds(1));
        assertEquals(ANSWERED.plusSeconds(60), nextUnitAt(leg));
        leg.paid(new WalletService.UnitPayment(0, 0, new BigDecimal("0.10")));
        leg.charged(ANSWERED.plusSeconds(61));
        assertEquals(ANSWERED.plusSeconds(120), nextUnitAt(leg));
        assertEquals(2, leg.units());
        assertEquals(1, leg.pkgMinutes());
        assertEquals(new BigDecimal("0.10"), leg.coins());
    }

    @Test
    void aCutLegWaitsForItsCallToEnd() {
        BillingCallLeg leg = leg();
        leg.cut();
        assertEquals(BillingCallLeg.State.CUT, leg.state());
        assertNull(nextUnitAt(leg));
    }

    private static Instant nextUnitAt(BillingCallLeg leg) {
        return leg.nextUnitAt();
    }
}
