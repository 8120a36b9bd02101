package com.switchboard.heihei.upload;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaMagicTest {
    private static boolean ok(String key, byte... head) {
        return MediaMagic.matches(key, head, head.length);
    }

    @Test
    void eachTypeIsKnownByItsFirstBytes() {
        assertTrue(ok("avatar/a.png", (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) '\r', (byte) '\n',
                (byte) 0x1a, (byte) '\n'));
        assertTrue(ok("avatar/a.jpeg", (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0));
        assertTrue(ok("avatar/a.jpg", (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xdb));
        assertTrue(ok("record/a.mp3", (byte) 'I', (byte) 'D', (byte) '3', (byte) 4));
        assertTrue(ok("record/a.mp3", (byte) 0xff, (byte) 0xfb, (byte) 0x90));
    }

    @Test
    void aPageOrAnotherTypeUnderAMediaNameIsRefused() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        assertFalse(MediaMagic.matches("avatar/a.png", html, html.length));
        assertFalse(MediaMagic.matches("record/a.mp3", html, html.length));
        assertFalse(ok("avatar/a.png", (byte) 0xff, (byte) 0xd8, (byte) 0xff), "a jpeg named png");
        assertFalse(ok("avatar/a.jpeg"), "empty");
        assertFalse(ok("avatar/a.gif", (byte) 'G', (byte) 'I', (byte) 'F'), "no other type");
    }
}
