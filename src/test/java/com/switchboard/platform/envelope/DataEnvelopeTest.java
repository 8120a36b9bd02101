package com.switchboard.platform.envelope;

import com.switchboard.platform.wire.ApiFailure;
import com.switchboard.platform.wire.ErrorKind;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataEnvelopeTest {

    @Test
    void requestExampleFromVoip62() {
        assertEquals("{\"uuid\":\"136\",\"device_id\":\"d1\"}",
                DataEnvelope.openRequest("Xk3pQ7aeyJ1dWlkIjoiMTM2IiwiZGV2aWNlX2lkIjoiZDEifQ=="));
        assertEquals("Xk3pQ7aeyJ1dWlkIjoiMTM2IiwiZGV2aWNlX2lkIjoiZDEifQ==",
                DataEnvelope.sealRequest("Xk3pQ7a", "{\"uuid\":\"136\",\"device_id\":\"d1\"}"));
    }

    @Test
    void replyExampleFromVoip62() {
        assertEquals("{\"status\":\"ok\"}", DataEnvelope.openReply("eyJZqzdGF0dXMiOiJvayJ9"));
    }

    @RepeatedTest(20)
    void sealedReplyIsTheBase64WithTwoAlphabetCharactersAfterTheThird() {
        String sealed = DataEnvelope.sealReply("{\"status\":\"ok\"}");
        assertEquals("eyJ", sealed.substring(0, 3));
        assertEquals("zdGF0dXMiOiJvayJ9", sealed.substring(5));
        assertTrue(sealed.substring(3, 5).matches("[A-Za-z0-9+/]{2}"), sealed);
        assertEquals("{\"status\":\"ok\"}", DataEnvelope.openReply(sealed));
    }

    @Test
    void missingPaddingIsAccepted() {
        assertEquals("{\"status\":\"ok\"}", DataEnvelope.openRequest("1234567eyJzdGF0dXMiOiJvayJ9"));
        assertEquals("{\"a\":1}", DataEnvelope.openRequest("1234567eyJhIjoxfQ"));
    }

    @Test
    void unicodeSurvivesTheRoundTrip() {
        String json = "{\"name\":\"小明\"}";
        assertEquals(json, DataEnvelope.openRequest(DataEnvelope.sealRequest("abcdefg", json)));
        assertEquals(json, DataEnvelope.openReply(DataEnvelope.sealReply(json)));
    }

    @Test
    void garbageIsInvalidParams() {
        assertEquals(ErrorKind.INVALID_PARAMS,
                assertThrows(ApiFailure.class, () -> DataEnvelope.openRequest("short")).kind());
        assertEquals(ErrorKind.INVALID_PARAMS,
                assertThrows(ApiFailure.class, () -> DataEnvelope.openRequest("1234567%%%")).kind());
    }
}
