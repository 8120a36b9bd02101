package com.switchboard.conference;

import com.switchboard.platform.realtime.Presence;
import com.switchboard.telephony.LegEvent;
import com.switchboard.telephony.ReleaseCause;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Conference legs placed by an instance that died: its gateway's memory held them, so no release will ever come.
 * Once the owner has been silent past {@code switchboard.call.orphan-seconds}, another instance releases each live
 * leg as the gateway would have ({@code SERVER_LOST}): state and record callbacks go out, the leg's last units are
 * settled, and a conference left with no live leg ends.
 */
@Stateless
public class OrphanedLegs {
    private static final Logger LOG = Logger.getLogger(OrphanedLegs.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Presence presence;
    @Inject
    ConferenceLegEvents legEvents;

    /** Live legs whose instance is gone. */
    public List<Long> orphans() {
        return presence.orphaned("isv_conference_leg", "t.state IN ('INVITE', 'RINGING', 'ANSWERED')");
    }

    /** Releases one orphaned leg through the gateway-event path (which locks and re-checks its state). */
    public void release(Long id) {
        ConferenceLeg leg = em.find(ConferenceLeg.class, id);
        if (leg == null || leg.state().terminal() || presence.goneSince(leg.ownerInstance()).isEmpty()) {
            return;
        }
        IsvConference c = em.find(IsvConference.class, leg.conferenceId());
        LOG.warning(() -> "Releasing conference leg " + id + " of " + c.sessionId()
                + ": the instance holding it stopped");
        legEvents.onLegEvent(new LegEvent.Released(ConferenceService.gatewayLeg(c, leg), ReleaseCause.SERVER_LOST));
    }
}
