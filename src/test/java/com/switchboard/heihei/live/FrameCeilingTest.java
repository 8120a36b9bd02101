package com.switchboard.heihei.live;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameCeilingTest {
    private final AtomicLong ids = new AtomicLong(1000);

    private static JsonObject frame(String type, int n) {
        return Json.createObjectBuilder().add("msgType", type).add("n", n).build();
    }

    @Test
    void withinTheCeilingEveryFrameGoesOutAtOnce() {
        FrameCeiling c = new FrameCeiling(6);
        for (int i = 0; i < 3; i++) {
            assertTrue(c.text(frame("text", i), 10_000));
            assertTrue(c.like(frame("like", i), 10_000));
        }
        assertTrue(c.due(10_500, ids::incrementAndGet).isEmpty());
    }

    @Test
    void likesAboveTheCeilingMergeIntoOneFrameWithTheirCount() {
        FrameCeiling c = new FrameCeiling(3);
        int sentNow = 0;
        for (int i = 0; i < 10; i++) {
            sentNow += c.like(frame("like", i), 10_000) ? 1 : 0;
        }
        assertEquals(3, sentNow);
        assertTrue(c.due(10_900, ids::incrementAndGet).isEmpty(), "nothing more inside the same second");
        List<JsonObject> next = c.due(11_000, ids::incrementAndGet);
        assertEquals(1, next.size());
        assertEquals(7, next.get(0).getInt("count"));
        assertEquals(9, next.get(0).getInt("n"), "the merged frame is the latest like");
        assertEquals(1001, next.get(0).getInt("msgId"), "with a fresh msgId");
        assertTrue(c.idle(12_000));
    }

    @Test
    void textsAboveTheCeilingWaitAndTheOldestWaitingAreDropped() {
        FrameCeiling c = new FrameCeiling(2);
        assertTrue(c.text(frame("text", 0), 5_000));
        assertTrue(c.text(frame("text", 1), 5_000));
        for (int i = 2; i < 7; i++) {
            assertFalse(c.text(frame("text", i), 5_000));
        }
        assertEquals(3, c.dropped(), "a queue one second long: texts 2, 3 and 4 made room for 5 and 6");
        List<JsonObject> next = c.due(6_000, ids::incrementAndGet);
        assertEquals(List.of(5, 6), next.stream().map(f -> f.getInt("n")).toList());
        assertFalse(c.text(frame("text", 7), 6_100), "the second's places are taken by the waiting ones");
        assertEquals(List.of(7), c.due(7_000, ids::incrementAndGet).stream().map(f -> f.getInt("n")).toList());
    }

    @Test
    void aNewTextWaitsBehindOlderWaitingOnesToKeepTheirOrder() {
        FrameCeiling c = new FrameCeiling(1);
        assertTrue(c.text(frame("text", 0), 1_000));
        assertFalse(c.text(frame("text", 1), 1_000));
        assertFalse(c.text(frame("text", 2), 2_000), "text 1 is still waiting");
        assertEquals(1, c.due(2_000, ids::incrementAndGet).size());
    }
}
