package com.switchboard.call;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VOIP-24's records: one per (caller, callee) pair, newest first, each with every call between them, in the
 * superset shape voip.md proposes ({@code detail} and {@code details}, {@code type} and {@code direction}).
 */
public final class CallHistory {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-M-d HH:mm:ss");

    private final ZoneId zone;

    public CallHistory(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param calls  the user's calls, newest first
     * @param userId whose history it is (decides in / out / missed)
     */
    public JsonArray page(List<VoipCall> calls, Long userId, int startId, int num, Instant now) {
        Map<List<String>, List<VoipCall>> pairs = new LinkedHashMap<>();
        for (VoipCall c : calls) {
            pairs.computeIfAbsent(List.of(nullToEmpty(c.callerPhone()), c.calleePhone()), k -> new ArrayList<>())
                    .add(c);
        }
        List<Map.Entry<List<String>, List<VoipCall>>> records = new ArrayList<>(pairs.entrySet());
        JsonArrayBuilder page = Jsons.createArrayBuilder();
        for (int id = Math.max(0, startId); id < records.size() && id < (long) startId + num; id++) {
            var record = records.get(id);
            JsonArrayBuilder detail = Jsons.createArrayBuilder();
            for (VoipCall c : record.getValue()) {
                detail.add(detail(c, userId, now));
            }
            JsonArray details = detail.build();
            page.add(Jsons.createObjectBuilder().add("id", id).add("caller", record.getKey().get(0))
                    .add("callee", record.getKey().get(1))
                    .add("lasttime", format(record.getValue().get(0).createdAt()))
                    .add("times", details.size()).add("detail", details).add("details", details));
        }
        return page.build();
    }

    private JsonObjectBuilder detail(VoipCall c, Long userId, Instant now) {
        boolean out = userId.equals(c.userId());
        String type = out ? "out" : c.answeredAt() != null ? "in" : "missed";
        long duration = c.answeredAt() == null ? 0
                : Duration.between(c.answeredAt(), c.releasedAt() == null ? now : c.releasedAt()).toSeconds();
        return Jsons.createObjectBuilder().add("type", type).add("direction", out ? "out" : "in")
                .add("calltime", format(c.answeredAt())).add("ringtime", format(c.ringAt()))
                .add("starttime", format(c.createdAt())).add("duration", duration);
    }

    private String format(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
