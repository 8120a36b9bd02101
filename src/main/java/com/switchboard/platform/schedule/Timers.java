package com.switchboard.platform.schedule;

import com.switchboard.platform.tx.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that falls due at a known moment runs then, on the managed executor, rather than waiting for the next sweep
 * (charging a leg the moment it is answered, activating a conference when its prompt has played). Work of one key
 * never runs twice at once on this instance. Each piece of work is its own transaction; the feature's sweep stays
 * the safety net for work whose timer was lost with an instance, so a failure here is only logged.
 */
@ApplicationScoped
public class Timers {
    private static final Logger LOG = Logger.getLogger(Timers.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /**
     * Created at start-up: WildFly resolves the resources above only on a thread that has the application's naming
     * context, and a message listener's after-commit callback (the first user of this bean) has none.
     */
    void created(@Observes @Initialized(ApplicationScoped.class) Object start) {
        // nothing: observing the event creates the instance
    }

    /** Runs {@code work} now, unless work of {@code key} is already running (or queued) here. */
    public void once(String key, Runnable work, String what) {
        if (!running.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    guarded(work, what);
                } finally {
                    running.remove(key);
                }
            });
        } catch (RuntimeException rejected) {
            running.remove(key);
            LOG.log(Level.WARNING, "Could not queue work to " + what + "; the sweep retries", rejected);
        }
    }

    /** Runs {@code work} now, on the executor, once the current transaction has committed. */
    public void onceAfterCommit(String key, Runnable work, String what) {
        AfterCommit.run(transactions, () -> once(key, work, what));
    }

    /** Runs {@code work} at {@code at}, once the current transaction has committed (never after a rollback). */
    public void atAfterCommit(Instant at, Runnable work, String what) {
        AfterCommit.run(transactions, () -> {
            try {
                executor.schedule(() -> guarded(work, what),
                        Math.max(0, Duration.between(Instant.now(), at).toMillis()), TimeUnit.MILLISECONDS);
            } catch (RuntimeException rejected) {
                LOG.log(Level.WARNING, "Could not schedule work to " + what + "; the sweep retries", rejected);
            }
        });
    }

    private static void guarded(Runnable work, String what) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not " + what + "; the sweep retries", e);
        }
    }
}
