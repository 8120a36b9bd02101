package com.switchboard.heihei.live;

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
 * HH-LIVE-14's rule, every few seconds on every instance (each step rechecks under the live's lock, so instances
 * sweeping at once agree): viewers silent for two heartbeat periods leave; lives whose anchor went silent that long,
 * unpaused and without a stream, end.
 */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveSweeper {
    private static final Logger LOG = Logger.getLogger(LiveSweeper.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    RoomService rooms;
    @Inject
    LiveService lifecycle;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void sweep() {
        Instant now = Instant.now();
        Sweep.step(() -> rooms.dropSilentViewers(now), "drop silent viewers", LOG);
        Sweep.step(() -> lifecycle.silentLives(now).forEach(id -> Sweep.step(() -> lifecycle.endSilent(id, now),
                "end silent live " + id, LOG)), "find silent lives", LOG);
        clock.ran("live", 2);
    }
}
