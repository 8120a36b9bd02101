package com.switchboard.billing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RateTableTest {
    private final RateTable table = new RateTable(Map.of("", new BigDecimal("1.00"), "1", new BigDecimal("0.10"),
            "00852", new BigDecimal("0.30"), "008529", new BigDecimal("0.25")));

    @Test
    void theLongestPrefixWinsAndTheCatchAllTakesTheRest() {
        assertEquals(new BigDecimal("0.10"), table.rate("13900000000"));
        assertEquals(new BigDecimal("0.30"), table.rate("0085218017813673"));
        assertEquals(new BigDecimal("0.25"), table.rate("0085291234567"));
        assertEquals(new BigDecimal("1.00"), table.rate("0044207946000"));
    }

    @Test
    void plusDialsLikeDoubleZeroAndSeparatorsGo() {
        assertEquals(Optional.of("0085218017813673"), RateTable.digits("+852 1801-7813673"));
        assertEquals(Optional.empty(), RateTable.digits("13900abc"));
        assertEquals(Optional.empty(), RateTable.digits("12"));
        assertEquals(Optional.empty(), RateTable.digits(null));
    }

    @Test
    void aTableWithoutCatchAllOrWithANegativeRateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateTable(Map.of("1", BigDecimal.ONE)));
        assertThrows(IllegalArgumentException.class, () -> new RateTable(Map.of("", new BigDecimal("-1"))));
    }
}
