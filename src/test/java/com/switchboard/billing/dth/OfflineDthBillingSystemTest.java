package com.switchboard.billing.dth;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineDthBillingSystemTest extends DthBillingSystemContract {
    final OfflineDthBillingSystem offline = new OfflineDthBillingSystem();

    @Override
    DthBillingSystem system() {
        return offline;
    }

    @Test
    void keepsWhatItWouldHaveSent() {
        assertTrue(offline.remainingMinutes("dth-1").isEmpty());
        offline.detailRecords("dth-1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
        assertEquals("{\"account\":\"dth-1\"}", offline.asked().get(0).toString());
        assertEquals("{\"account\":\"dth-1\",\"start\":\"2026-11-01\",\"end\":\"2026-11-02\"}",
                offline.asked().get(1).toString());
    }
}
