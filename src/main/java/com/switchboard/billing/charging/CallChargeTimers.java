package com.switchboard.billing.charging;

import com.switchboard.platform.schedule.Timers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Charges legs on the managed executor as soon as a unit falls due at answer or hang-up (the sweep charges the units
 * that start mid-call and whatever an instance lost), never twice at once on this instance.
 */
@ApplicationScoped
public class CallChargeTimers {
    @Inject
    Timers timers;
    @Inject
    CallCharging charging;

    public void charge(Long legId) {
        timers.once("billing-leg:" + legId, () -> charging.charge(legId), "charge call leg " + legId);
    }

    /** Ends a call whose credit ran out, on the executor (never inside the completing transaction). */
    public void endCall(String sessionId) {
        timers.once("billing-cut:" + sessionId, () -> charging.endCall(sessionId),
                "end call " + sessionId + " out of credit");
    }
}
