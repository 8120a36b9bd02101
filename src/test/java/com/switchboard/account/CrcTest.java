package com.switchboard.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrcTest {

    @Test
    void exampleFromVoip05() {
        assertEquals("eb46756acfb7a8341496caf805b334a8", Crc.of("qq_0123456789ABCDEF", "866123456789012", "dth_common"));
    }

    @Test
    void comparedCaseInsensitively() {
        assertTrue(Crc.valid("EB46756ACFB7A8341496CAF805B334A8", "qq_0123456789ABCDEF", "866123456789012",
                "dth_common"));
        assertFalse(Crc.valid("eb46756acfb7a8341496caf805b334a9", "qq_0123456789ABCDEF", "866123456789012",
                "dth_common"));
        assertFalse(Crc.valid(null, "a", "b", "c"));
    }
}
