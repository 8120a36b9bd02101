package com.switchboard.call;

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
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallSweeper {
    private static final Logger LOG = Logger.getLogger(CallSweeper.class.getName());

    @Inject
    VoipCallService calls;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        try {
            for (Long id : calls.dueInvitations()) {
                try {
                    calls.settleInvitation(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not settle p2p call " + id + "; the next sweep retries", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call sweep failed; the next one retries", e);
        }
    }
}
