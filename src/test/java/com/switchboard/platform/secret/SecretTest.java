package com.switchboard.platform.secret;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretTest {
    @Test
    void neitherPrintingNorReadingItsFieldsShowsTheValue() throws Exception {
        Secret s = Secret.of("hunter2-password");
        assertEquals("******", s.toString());
        assertEquals("******", String.valueOf(new Object[]{s}[0]));
        for (Field f : Secret.class.getDeclaredFields()) {
            f.setAccessible(true);
            Object v = f.get(s);
            if (v instanceof byte[] b) {
                assertFalse(new String(b, StandardCharsets.UTF_8).contains("hunter2"), f.getName());
            }
        }
        assertEquals("hunter2-password", s.reveal());
        assertTrue(s.matches("hunter2-password"));
        assertFalse(s.matches("hunter2"));
        assertEquals(null, Secret.of(null));
    }
}
