package com.switchboard.telephony;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LegEventsTest {
    @Test
    void everyEventSurvivesTheQueue() {
        LegId leg = new LegId("voip/s/callee");
        List<LegEvent> events = List.of(new LegEvent.Trying(leg), new LegEvent.Ringing(leg),
                new LegEvent.Answered(leg), new LegEvent.Released(leg, ReleaseCause.BUSY),
                new LegEvent.Stats(leg, new LegEvent.MediaStats("192.0.2.1", 50, 1, 8.5, 6.0, 42.0, 40.0, 2.0, 5.0,
                        0.2, "good", "mos=4.2")));
        for (LegEvent e : events) {
            assertEquals(e, LegEvents.fromJson(LegEvents.toJson(e)));
        }
    }
}
