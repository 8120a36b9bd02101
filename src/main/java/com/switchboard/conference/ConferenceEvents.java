package com.switchboard.conference;

import com.switchboard.telephony.LegEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Events of conference legs ({@code conf/…}), applied inside the {@code telephony.events} message's transaction. */
@ApplicationScoped
public class ConferenceEvents {
    @Inject
    ConferenceLegEvents legEvents;

    void onLegEvent(@Observes LegEvent event) {
        // Trying and media stats change nothing here: no transaction for them (stats arrive every second per leg).
        if (event.leg().value().startsWith(ConferenceService.LEG_PREFIX) && (event instanceof LegEvent.Ringing
                || event instanceof LegEvent.Answered || event instanceof LegEvent.Released)) {
            legEvents.onLegEvent(event);
        }
    }
}
