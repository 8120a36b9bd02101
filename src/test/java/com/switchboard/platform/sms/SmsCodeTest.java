package com.switchboard.platform.sms;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsCodeTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void validForTenMinutes() {
        SmsCode code = new SmsCode("139", SmsPurpose.REGISTER, "123456", null, T0);
        assertTrue(code.usable(T0.plusSeconds(599)));
        assertFalse(code.usable(T0.plusSeconds(600)));
    }

    @Test
    void singleUse() {
        SmsCode code = new SmsCode("139", SmsPurpose.REGISTER, "123456", null, T0);
        code.redeem();
        assertFalse(code.usable(T0));
    }

    @Test
    void locksAfterFiveWrongTries() {
        SmsCode code = new SmsCode("139", SmsPurpose.REGISTER, "123456", null, T0);
        for (int i = 0; i < 4; i++) {
            code.failedAttempt();
        }
        assertTrue(code.usable(T0));
        code.failedAttempt();
        assertFalse(code.usable(T0));
    }

    @Test
    void matchesTrimmedAndOnlyExactly() {
        SmsCode code = new SmsCode("139", SmsPurpose.BIND, "012345", 7L, T0);
        assertTrue(code.matches(" 012345 "));
        assertFalse(code.matches("12345"));
        assertTrue(code.requestedBy(7L));
        assertFalse(code.requestedBy(8L));
    }
}
