package com.switchboard.conference;

import com.switchboard.platform.schedule.Timers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Work that falls due at a known moment runs then: activating a conference when its prompt tone has played, and
 * charging legs (in parallel, each in its own short transaction, never twice at once). The sweep stays the safety
 * net for work whose timer was lost with an instance.
 */
@ApplicationScoped
public class ConferenceTimers {
    @Inject
    Timers timers;
    @Inject
    ConferenceLegEvents legEvents;
    @Inject
    ConferenceCharging charging;

    /** Activates the conference at {@code at}, once the current transaction has committed. */
    public void activateAt(Long conferenceId, Instant at) {
        timers.atAfterCommit(at, () -> legEvents.activate(conferenceId), "activate conference " + conferenceId);
    }

    /** Charges the leg now, unless a charge of it is already running here. */
    public void charge(Long legId) {
        timers.once("isv-leg:" + legId, () -> charging.chargeNext(legId), "charge leg " + legId);
    }
}
