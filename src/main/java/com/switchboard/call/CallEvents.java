package com.switchboard.call;

import com.switchboard.telephony.LegEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Calls offered by the gateway, and events of the legs this feature placed or took, applied inside the {@code telephony.events} message's transaction. */
@ApplicationScoped
public class CallEvents {
    @Inject
    CallStarts starts;
    @Inject
    LegEventMachine legs;
    @Inject
    LiveCallStats stats;

    void onLegEvent(@Observes LegEvent event) {
        String leg = event.leg().value();
        if (event instanceof LegEvent.Stats reading) {
            stats.record(reading); // written in batches, not a transaction per reading
        } else if (event instanceof LegEvent.Offered offered) {
            starts.onIncoming(offered);
        } else if ((leg.startsWith("voip/") || leg.startsWith("in/")) && !(event instanceof LegEvent.Trying)) {
            legs.onLegEvent(event);
        }
    }
}
