package com.switchboard.conference.isv;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Every minute: used signatures whose timestamps have left the window are forgotten. */
@Singleton
@Startup
public class IsvSweeper {
    @Inject
    IsvService isv;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void sweep() {
        isv.forgetExpiredSignatures();
    }
}
