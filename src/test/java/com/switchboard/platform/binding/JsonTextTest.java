package com.switchboard.platform.binding;

import jakarta.json.JsonException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTextTest {
    @Test
    void nestingIsCountedOutsideStringsOnly() {
        String atLimit = "[".repeat(JsonText.MAX_DEPTH) + "]".repeat(JsonText.MAX_DEPTH);
        assertEquals(1, JsonText.read(atLimit).asJsonArray().size());
        assertThrows(JsonException.class, () -> JsonText.read("[" + atLimit + "]"));
        assertEquals("[[[[{{{", JsonText.read("{\"a\":\"[[[[{{{\"}").asJsonObject().getString("a"));
        assertEquals("\"[", JsonText.read("{\"a\":\"\\\"[\"}").asJsonObject().getString("a"));
    }

    @Test
    void aMillionOpenBracketsFailFastAsMalformedJson() {
        assertThrows(JsonException.class, () -> JsonText.read("{\"a\":" + "[".repeat(1_000_000)));
        assertThrows(JsonException.class, () -> JsonText.read("{\"a\":"));
        assertThrows(JsonException.class, () -> JsonText.read(""));
    }
}
