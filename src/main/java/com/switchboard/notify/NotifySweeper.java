package com.switchboard.notify;

import com.switchboard.platform.schedule.SweepClock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Every 10 s on each instance: lost attempts re-queued, and the pending gauge refreshed. */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@Startup
public class NotifySweeper {
    private static final Logger LOG = Logger.getLogger(NotifySweeper.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    NotifyService notify;
    @Inject
    NotifyMetrics metrics;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void sweep() {
        int requeued = notify.requeueOverdue(500);
        if (requeued > 0) {
            LOG.info("re-queued " + requeued + " overdue notification attempts");
        }
        metrics.pending(notify.pendingCount());
        clock.ran("notify", 10);
    }
}
