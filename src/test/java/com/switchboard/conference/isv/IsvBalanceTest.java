package com.switchboard.conference.isv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IsvBalanceTest {
    @Test
    void moneyForUnitsIsRoundedUpOncePerLegNotPerUnit() {
        assertEquals(30, IsvBalance.fenFor(1, new BigDecimal("0.3")));
        assertEquals(90, IsvBalance.fenFor(3, new BigDecimal("0.3")));
        // 0.015 yuan a minute: 1.5 fen; three minutes cost 4.5 → 5 fen, not 3 × 2 fen.
        assertEquals(2, IsvBalance.fenFor(1, new BigDecimal("0.015")));
        assertEquals(5, IsvBalance.fenFor(3, new BigDecimal("0.015")));
        assertEquals(1, IsvBalance.fenFor(1, new BigDecimal("0.0001")));
        assertEquals(0, IsvBalance.fenFor(0, new BigDecimal("0.3")));
    }
}
