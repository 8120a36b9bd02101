package com.switchboard.conference.isv;

import com.switchboard.platform.schedule.SweepClock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Every minute: used signatures whose timestamps have left the window are forgotten. */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@Startup
public class IsvSweeper {
    @Inject
    SweepClock clock;
    @Inject
    IsvService isv;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void sweep() {
        isv.forgetExpiredSignatures();
        clock.ran("isv", 60);
    }
}
