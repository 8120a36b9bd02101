package com.switchboard.heihei.channel;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MsgIdsTest {
    @Test
    void idsIncreaseAndNeverRepeatUnderConcurrency() {
        long previous = 0;
        for (int i = 0; i < 10_000; i++) {
            long id = MsgIds.next();
            assertTrue(id > previous);
            previous = id;
        }
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 100_000).parallel().forEach(i -> assertTrue(seen.add(MsgIds.next())));
        assertEquals(100_000, new HashSet<>(seen).size());
    }
}
