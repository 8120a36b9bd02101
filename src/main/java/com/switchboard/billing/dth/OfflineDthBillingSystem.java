package com.switchboard.billing.dth;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

/** No billing system configured: every query goes unanswered, and the last queries are kept to show what was asked. */
public final class OfflineDthBillingSystem implements DthBillingSystem {
    private static final Logger LOG = Logger.getLogger(OfflineDthBillingSystem.class.getName());
    private static final int KEPT = 100;

    private final Deque<JsonObject> asked = new ArrayDeque<>();

    @Override
    public OptionalInt remainingMinutes(String account) {
        record(HttpDthBillingSystem.minutesRequest(account));
        return OptionalInt.empty();
    }

    @Override
    public Optional<JsonArray> detailRecords(String account, LocalDate start, LocalDate end) {
        record(HttpDthBillingSystem.recordsRequest(account, start, end));
        return Optional.empty();
    }

    /** The queries that would have been sent, oldest first. */
    public synchronized List<JsonObject> asked() {
        return List.copyOf(asked);
    }

    private synchronized void record(JsonObject request) {
        LOG.fine(() -> "No DTH billing system configured; would send " + request);
        asked.addLast(Jsons.createObjectBuilder(request).build());
        if (asked.size() > KEPT) {
            asked.removeFirst();
        }
    }
}
