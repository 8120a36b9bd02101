package com.switchboard.billing;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance, every second: call legs with a unit due are charged, calls cut for want of credit whose hang-up was
 * lost are ended, and (every fifth second) orders unpaid for too long expire. Row locks and conditional updates let
 * instances sweep together.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingSweeper {
    private static final Logger LOG = Logger.getLogger(BillingSweeper.class.getName());

    @Inject
    CallCharging charging;
    @Inject
    CallChargeTimers timers;
    @Inject
    OrderService orders;
    private int ticks;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        step(() -> charging.dueLegs().forEach(timers::charge), "charge due call legs");
        step(() -> charging.cutCalls().forEach(sid -> step(() -> charging.endCall(sid), "end call " + sid)),
                "end calls out of credit");
        if (ticks++ % 5 == 0) {
            step(orders::expireUnpaid, "expire unpaid orders");
        }
    }

    private static void step(Runnable step, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not " + what + "; the next sweep retries", e);
        }
    }
}
