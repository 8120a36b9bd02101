package com.switchboard.conference;

import com.switchboard.conference.isv.IsvFailure;

import com.switchboard.platform.wire.ApiFailure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConferenceNumbersTest {
    @Test
    void halfAndFullWidthCommasSeparateAndSpacesAndRepeatsGo() {
        assertEquals(List.of("13900000001", "13900000002", "+8613900000003"),
                List.copyOf(ConferenceService.numbers(" 13900000001，13900000002 ,+8613900000003,13900000001,", "phones")));
    }

    @Test
    void anythingButANumberIsAParameterError() {
        for (String bad : new String[]{"", " , ，", "1390000000a", "12", "123456789012345678901", "139 0000"}) {
            ApiFailure failure = assertThrows(ApiFailure.class, () -> ConferenceService.numbers(bad, "phones"), bad);
            assertEquals(IsvFailure.PARAMETER, failure.code(), bad);
        }
    }
}
