package com.switchboard.platform.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The owners admitted on this instance whose socket has not opened yet, with the frames held for each. */
final class Admissions {
    /** What offering a frame to an owner's admissions did. */
    enum Held { NONE, HELD, HELD_FOR_REPLACEMENT }

    private final Map<Owner, Set<Holding>> admitted = new ConcurrentHashMap<>();

    void add(Owner owner, String connectionId, boolean replaces) {
        admitted.computeIfAbsent(owner, o -> ConcurrentHashMap.newKeySet()).add(new Holding(connectionId, replaces));
    }

    Held offer(Owner owner, String frame) {
        Held held = Held.NONE;
        for (Holding h : admitted.getOrDefault(owner, Set.of())) {
            if (h.offer(frame)) {
                held = h.replaces || held == Held.HELD_FOR_REPLACEMENT ? Held.HELD_FOR_REPLACEMENT : Held.HELD;
            }
        }
        return held;
    }

    Holding take(Owner owner, String connectionId) {
        Holding[] found = new Holding[1];
        admitted.computeIfPresent(owner, (o, holdings) -> {
            holdings.removeIf(h -> {
                boolean match = h.connectionId.equals(connectionId);
                if (match) {
                    found[0] = h;
                }
                return match;
            });
            return holdings.isEmpty() ? null : holdings;
        });
        return found[0];
    }

    /** Admissions made before {@code abandoned} whose socket never opened: forgotten, and returned. */
    List<RealtimeRegistry.Admission> expire(long abandoned) {
        List<RealtimeRegistry.Admission> expired = new ArrayList<>();
        admitted.forEach((owner, holdings) -> holdings.stream().filter(h -> h.since < abandoned)
                .forEach(h -> expired.add(new RealtimeRegistry.Admission(owner, h.connectionId))));
        expired.forEach(a -> take(a.owner(), a.connectionId()));
        return expired;
    }
}
