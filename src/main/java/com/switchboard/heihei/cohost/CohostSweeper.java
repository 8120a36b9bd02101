package com.switchboard.heihei.cohost;

import com.switchboard.platform.schedule.SweepClock;
import com.switchboard.platform.schedule.Sweep;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every 2 s, on every instance (each step is a locked, conditional change, so instances agree): co-hostings not
 * joined or not connected in time, or whose live ended or co-host left, end; expired asks go.
 */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CohostSweeper {
    private static final Logger LOG = Logger.getLogger(CohostSweeper.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    CohostService cohosts;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void sweep() {
        Instant now = Instant.now();
        Sweep.step(() -> cohosts.unended().forEach(id -> Sweep.step(() -> cohosts.endIfStale(id, now),
                "end stale co-hosting " + id, LOG)), "find co-hostings", LOG);
        Sweep.step(() -> cohosts.expireAsks(now), "expire co-hosting asks", LOG);
        clock.ran("cohost", 2);
    }
}
