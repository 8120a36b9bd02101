package com.switchboard.signaling;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FrameScanTest {
    @Test
    void findsTheTopLevelType() {
        assertEquals("offer", FrameScan.type("{\"type\":\"offer\",\"sdp\":\"v=0\"}"));
        assertEquals("candidate", FrameScan.type("{\"candidate\":{\"type\":\"inner\"},\"type\":\"candidate\"}"));
        assertEquals("answer", FrameScan.type(" {\"x\":[1,{\"type\":\"no\"}],\"type\":\"answer\"} "));
    }

    @Test
    void rejectsWhatIsNotOneObjectWithAStringType() {
        assertNull(FrameScan.type("{\"sdp\":\"v=0\"}"));
        assertNull(FrameScan.type("{\"type\":7}"));
        assertNull(FrameScan.type("{\"x\":{\"type\":\"offer\"}}"));
        assertNull(FrameScan.type("[\"type\",\"offer\"]"));
        assertNull(FrameScan.type("{\"type\":\"offer\""));
        assertNull(FrameScan.type("{\"type\":\"offer\"} trailing"));
        assertNull(FrameScan.type("not json"));
        assertNull(FrameScan.type(""));
    }
}
