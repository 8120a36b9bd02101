package com.switchboard.conference.isv;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IsvSignatureTest {
    static final String ID = "F180B5A48560278787E6D52881F10853";
    static final String KEY = "3450B5A48561258787E6D52881F83290";

    @Test
    void theSpecsWorkedExample() {
        assertEquals("828f593f7126e33753e42a753a8506088da37f79", IsvSignature.sign(ID, KEY, "20150504141420"));
        assertTrue(IsvSignature.matches(ID, KEY, "20150504141420", "828F593F7126E33753E42A753A8506088DA37F79"),
                "compared case-insensitively");
        assertFalse(IsvSignature.matches(ID, KEY, "20150504141421", "828f593f7126e33753e42a753a8506088da37f79"));
        assertFalse(IsvSignature.matches(ID, "other", "20150504141420", "828f593f7126e33753e42a753a8506088da37f79"));
        assertFalse(IsvSignature.matches(ID, KEY, "20150504141420", null));
    }

    @Test
    void bothTimestampFormsAndTheWindow() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertEquals(Instant.parse("2015-05-04T06:14:20Z"), IsvSignature.parse("20150504141420", shanghai));
        assertEquals(Instant.ofEpochMilli(1430274569132L), IsvSignature.parse("1430274569132", shanghai));
        assertNull(IsvSignature.parse("2015-05-04", shanghai));
        assertNull(IsvSignature.parse("20151304141420", shanghai), "month 13");
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        Duration window = Duration.ofMinutes(5);
        assertTrue(IsvSignature.fresh(now.minusSeconds(300), now, window));
        assertTrue(IsvSignature.fresh(now.plusSeconds(300), now, window));
        assertFalse(IsvSignature.fresh(now.minusSeconds(301), now, window));
        assertFalse(IsvSignature.fresh(now.plusSeconds(301), now, window));
        assertFalse(IsvSignature.fresh(null, now, window));
    }
}
