package com.switchboard.conference;

import com.switchboard.platform.schedule.SweepClock;
import com.switchboard.conference.webhook.WebhookOutbox;

import com.switchboard.platform.schedule.Sweep;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance, every second: legs with a charge due are charged (in parallel, on the managed executor), conferences
 * whose activation timer was lost (an instance died) become ACTIVE, and (every fifth second) callbacks whose attempt
 * is overdue are queued again. Each step is its own
 * transaction; conditional updates let one instance act on each.
 */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConferenceSweeper {
    private static final Logger LOG = Logger.getLogger(ConferenceSweeper.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    ConferenceLegEvents legEvents;
    @Inject
    ConferenceCharging charging;
    @Inject
    WebhookOutbox webhooks;
    @Inject
    ConferenceTimers timers;
    @Inject
    OrphanedLegs orphaned;
    private int ticks;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        try {
            for (Long id : legEvents.overdueActivations(Duration.ofSeconds(2))) {
                Sweep.step(() -> legEvents.activate(id), "activate conference " + id, LOG);
            }
            for (Long id : charging.dueCharges()) {
                Sweep.step(() -> timers.charge(id), "charge leg " + id, LOG);
            }
            if (ticks++ % 5 == 0) {
                Sweep.step(() -> webhooks.requeueOverdue(500), "re-queue overdue callbacks", LOG);
                for (Long id : orphaned.orphans()) {
                    Sweep.step(() -> orphaned.release(id), "release orphaned conference leg " + id, LOG);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Conference sweep failed; the next one retries", e);
        }
        clock.ran("conference", 1);
    }
}
