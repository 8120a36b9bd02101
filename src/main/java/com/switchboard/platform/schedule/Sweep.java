package com.switchboard.platform.schedule;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One guarded step of a periodic sweep: a failure is logged and the sweep goes on with its next step; the next sweep
 * retries what failed, since every sweep step re-reads its work from the database.
 */
public final class Sweep {
    private Sweep() {
    }

    /** @return whether the step succeeded */
    public static boolean step(Runnable step, String what, Logger log) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Could not " + what + "; the next sweep retries", e);
            return false;
        }
    }
}
