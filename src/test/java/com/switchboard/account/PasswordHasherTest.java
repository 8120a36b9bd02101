package com.switchboard.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {
    /** Jakarta Security's stored form, computed outside Java (Python's hashlib.pbkdf2_hmac). */
    private static final String STORED =
            "PBKDF2WithHmacSHA256:1000:AAECAwQFBgcICQoLDA0ODw==:vZfXSLpvelKpB7WRVS6nZeOn73r8TwGGKmgLCIi9vcQ=";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesHashesInJakartaSecuritysForm() {
        assertTrue(hasher.matches("pass-word", STORED));
        assertFalse(hasher.matches("pass-wore", STORED));
    }

    @Test
    void newHashesAreSaltedAndVerify() {
        String a = hasher.hash("s3cret");
        String b = hasher.hash("s3cret");
        assertNotEquals(a, b);
        assertEquals(4, a.split(":").length);
        assertTrue(a.startsWith("PBKDF2WithHmacSHA256:100000:"));
        assertTrue(hasher.matches("s3cret", a));
        assertFalse(hasher.matches("s3creT", a));
    }

    @Test
    void malformedOrHostileHashesNeverMatch() {
        assertFalse(hasher.matches("x", null));
        assertFalse(hasher.matches(null, STORED));
        assertFalse(hasher.matches("pass-word", "PBKDF2WithHmacSHA256:1000:AAEC"));
        assertFalse(hasher.matches("pass-word", "MD5:1000:AAECAwQFBgcICQoLDA0ODw==:vZfX"));
        assertFalse(hasher.matches("pass-word", STORED.replace(":1000:", ":2000000000:")));
        assertFalse(hasher.matches("pass-word", STORED.replace(":1000:", ":x:")));
        assertFalse(hasher.matches("pass-word", STORED.replace("AAEC", "!!!!")));
    }
}
