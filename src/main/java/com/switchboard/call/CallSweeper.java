package com.switchboard.call;

import com.switchboard.platform.schedule.SweepClock;
import com.switchboard.platform.schedule.Sweep;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance, every second: p2p invitations whose timer ran out are diverted or released, each in its own
 * transaction; the conditional updates let only one instance act on a call.
 */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallSweeper {
    private static final Logger LOG = Logger.getLogger(CallSweeper.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    P2pCalls p2p;
    @Inject
    OrphanedCalls orphaned;
    private int ticks;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        try {
            for (Long id : p2p.dueInvitations()) {
                Sweep.step(() -> p2p.settleInvitation(id), "settle p2p call " + id, LOG);
            }
            if (ticks++ % 5 == 0) {
                for (Long id : orphaned.orphans()) {
                    Sweep.step(() -> orphaned.release(id), "release orphaned call " + id, LOG);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call sweep failed; the next one retries", e);
        }
        clock.ran("call", 1);
    }
}
