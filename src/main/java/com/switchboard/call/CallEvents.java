package com.switchboard.call;

import com.switchboard.telephony.LegEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Gateway events of the legs this feature placed, applied inside the {@code telephony.events} message's transaction. */
@ApplicationScoped
public class CallEvents {
    @Inject
    VoipCallService calls;

    void onLegEvent(@Observes LegEvent event) {
        if (event.leg().value().startsWith("voip/") && !(event instanceof LegEvent.Trying)) {
            calls.onLegEvent(event);
        }
    }
}
