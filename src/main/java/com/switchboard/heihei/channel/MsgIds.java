package com.switchboard.heihei.channel;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code msgId}s of client messages (heihei.md §13.1): unique across instances without asking the database, always
 * integers, increasing with time: milliseconds since 2026, then 10 bits of this instance, then a 12-bit counter.
 */
public final class MsgIds {
    private static final long EPOCH = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    private static final long INSTANCE = new SecureRandom().nextInt(1024);
    private static final AtomicLong LAST = new AtomicLong();

    private MsgIds() {
    }

    public static long next() {
        while (true) {
            long last = LAST.get();
            long next = Math.max((System.currentTimeMillis() - EPOCH) << 22 | INSTANCE << 12, last + 1);
            if (LAST.compareAndSet(last, next)) {
                return next;
            }
        }
    }
}
