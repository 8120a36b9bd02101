package com.switchboard.call;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CallHistoryTest {
    private static final Instant T0 = Instant.parse("2015-05-22T16:28:49Z");

    private static VoipCall call(String sid, Long caller, Long callee, String from, String to, Instant at,
                                 Instant answered, Instant released) {
        VoipCall c = new VoipCall(sid, CallKind.DIRECT, Client.ANDROID, caller, from, to, callee, PeerStatus.IDLE,
                null, 20000, 1, at);
        try {
            var a = VoipCall.class.getDeclaredField("answeredAt");
            a.setAccessible(true);
            a.set(c, answered);
            var r = VoipCall.class.getDeclaredField("releasedAt");
            r.setAccessible(true);
            r.set(c, released);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return c;
    }

    @Test
    void callsAreGroupedByPairNewestFirstWithTheSeedsTimeFormat() {
        List<VoipCall> newestFirst = List.of(
                call("3", 2L, 1L, "888", "136", T0.plusSeconds(300), null, T0.plusSeconds(310)),
                call("2", 1L, null, "136", "888888", T0.plusSeconds(100), T0.plusSeconds(101), T0.plusSeconds(103)),
                call("1", 1L, null, "136", "888888", T0, null, T0.plusSeconds(5)));
        JsonArray page = new CallHistory(ZoneOffset.UTC).page(newestFirst, 1L, 0, 10, T0.plusSeconds(400));
        assertEquals(2, page.size());
        JsonObject missed = page.getJsonObject(0);
        assertEquals("888", missed.getString("caller"));
        assertEquals("missed", missed.getJsonArray("detail").getJsonObject(0).getString("type"));
        assertEquals("in", missed.getJsonArray("detail").getJsonObject(0).getString("direction"));
        JsonObject out = page.getJsonObject(1);
        assertEquals(1, out.getInt("id"));
        assertEquals(2, out.getInt("times"));
        assertEquals("2015-5-22 16:30:29", out.getString("lasttime"));
        JsonObject answered = out.getJsonArray("details").getJsonObject(0);
        assertEquals(2, answered.getInt("duration"));
        assertEquals("out", answered.getString("type"));
        assertEquals("2015-5-22 16:28:49", out.getJsonArray("detail").getJsonObject(1).getString("starttime"));
        assertEquals(0, out.getJsonArray("detail").getJsonObject(1).getInt("duration"));

        JsonArray second = new CallHistory(ZoneOffset.UTC).page(newestFirst, 1L, 1, 5, T0);
        assertEquals(1, second.size());
        assertEquals(1, second.getJsonObject(0).getInt("id"));
        assertEquals(0, new CallHistory(ZoneOffset.UTC).page(newestFirst, 1L, 2, 5, T0).size());
    }
}
