package com.switchboard.billing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Charges legs on the managed executor as soon as a unit falls due at answer or hang-up (the sweep charges the units
 * that start mid-call and whatever an instance lost), never twice at once on this instance.
 */
@ApplicationScoped
public class CallChargeTimers {
    private static final Logger LOG = Logger.getLogger(CallChargeTimers.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    CallCharging charging;

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    public void charge(Long legId) {
        if (!running.add(legId)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    charging.charge(legId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not charge call leg " + legId + "; the sweep retries", e);
                } finally {
                    running.remove(legId);
                }
            });
        } catch (RuntimeException rejected) {
            running.remove(legId);
            LOG.log(Level.WARNING, "Could not queue the charge of call leg " + legId + "; the sweep retries",
                    rejected);
        }
    }

    /** Ends a call whose credit ran out, on the executor (never inside the completing transaction). */
    public void endCall(String sessionId) {
        try {
            executor.execute(() -> {
                try {
                    charging.endCall(sessionId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not end call " + sessionId + " out of credit; the sweep retries", e);
                }
            });
        } catch (RuntimeException rejected) {
            LOG.log(Level.WARNING, "Could not queue the end of call " + sessionId + "; the sweep retries", rejected);
        }
    }
}
