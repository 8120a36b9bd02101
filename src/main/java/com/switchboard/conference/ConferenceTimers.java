package com.switchboard.conference;

import com.switchboard.platform.tx.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that falls due at a known moment runs then, on the managed executor, rather than waiting for the next sweep:
 * activating a conference when its prompt tone has played, and charging legs (in parallel, each in its own short
 * transaction, never twice at once). The sweep stays the safety net for work whose timer was lost with an instance.
 */
@ApplicationScoped
public class ConferenceTimers {
    private static final Logger LOG = Logger.getLogger(ConferenceTimers.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    ConferenceService conferences;

    private final Set<Long> charging = ConcurrentHashMap.newKeySet();

    /** Activates the conference at {@code at}, once the current transaction has committed. */
    public void activateAt(Long conferenceId, Instant at) {
        AfterCommit.run(transactions, () -> executor.schedule(() -> run(() -> conferences.activate(conferenceId),
                        "activate conference " + conferenceId),
                Math.max(0, Duration.between(Instant.now(), at).toMillis()), TimeUnit.MILLISECONDS));
    }

    /** Charges the leg now, unless a charge of it is already running here. */
    public void charge(Long legId) {
        if (!charging.add(legId)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    run(() -> conferences.chargeNext(legId), "charge leg " + legId);
                } finally {
                    charging.remove(legId);
                }
            });
        } catch (RuntimeException rejected) {
            charging.remove(legId);
            throw rejected;
        }
    }

    private static void run(Runnable step, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not " + what + "; the sweep retries", e);
        }
    }
}
