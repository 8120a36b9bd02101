package com.switchboard.notify;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordCipherTest {
    private final byte[] key = new byte[32];
    private final PasswordCipher cipher = new PasswordCipher(key);

    @Test
    void roundTripsAndNeverRepeatsCiphertext() {
        String a = cipher.encrypt("pässword");
        String b = cipher.encrypt("pässword");
        assertNotEquals(a, b);
        assertFalse(a.contains("pässword"));
        assertEquals("pässword", cipher.decrypt(a));
        assertEquals("pässword", cipher.decrypt(b));
    }

    @Test
    void anotherKeyOrATamperedTextDoesNotOpen() {
        String sealed = cipher.encrypt("secret");
        byte[] other = Arrays.copyOf(key, 32);
        other[0] = 1;
        assertThrows(IllegalArgumentException.class, () -> new PasswordCipher(other).decrypt(sealed));
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(tampered));
        assertThrows(IllegalArgumentException.class, () -> new PasswordCipher(new byte[7]));
    }
}
