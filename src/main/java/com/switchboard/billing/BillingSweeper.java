package com.switchboard.billing;

import com.switchboard.platform.schedule.SweepClock;
import com.switchboard.billing.charging.CallChargeTimers;
import com.switchboard.billing.charging.CallCharging;
import com.switchboard.billing.pay.OrderService;

import com.switchboard.platform.schedule.Sweep;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every instance, every second: call legs with a unit due are charged, calls cut for want of credit whose hang-up was
 * lost are ended, and (every fifth second) orders unpaid for too long expire. Row locks and conditional updates let
 * instances sweep together.
 */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingSweeper {
    private static final Logger LOG = Logger.getLogger(BillingSweeper.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    CallCharging charging;
    @Inject
    CallChargeTimers timers;
    @Inject
    OrderService orders;
    private int ticks;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        Sweep.step(() -> charging.dueLegs().forEach(timers::charge), "charge due call legs", LOG);
        Sweep.step(() -> charging.cutCalls().forEach(sid -> Sweep.step(() -> charging.endCall(sid),
                "end call " + sid, LOG)), "end calls out of credit", LOG);
        if (ticks++ % 5 == 0) {
            Sweep.step(orders::expireUnpaid, "expire unpaid orders", LOG);
        }
        clock.ran("billing", 1);
    }
}
