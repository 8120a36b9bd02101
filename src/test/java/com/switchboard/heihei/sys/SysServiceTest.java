package com.switchboard.heihei.sys;

import com.switchboard.platform.wire.ApiFailure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SysServiceTest {
    @Test
    void versionsCompareByNumberNotByText() {
        assertTrue(SysService.compare(SysService.version("1.0.10"), SysService.version("1.0.9")) > 0);
        assertEquals(0, SysService.compare(SysService.version("1.0"), SysService.version("1.0.0")));
        assertTrue(SysService.compare(SysService.version("999.0.0"), SysService.version("1.0.4")) > 0);
    }

    @Test
    void aMalformedVersionIsAParameterError() {
        for (String bad : new String[]{null, "", "v1", "1..2", "1.2.3.4.5", "9999999.0"}) {
            ApiFailure f = assertThrows(ApiFailure.class, () -> SysService.version(bad), String.valueOf(bad));
            assertEquals("700", f.code());
        }
    }
}
