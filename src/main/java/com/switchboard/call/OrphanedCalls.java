package com.switchboard.call;

import com.switchboard.platform.realtime.Presence;
import com.switchboard.telephony.ReleaseCause;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Calls whose legs lived on an instance that died: the database still shows them connected, and without this they
 * would be charged until the credit ran out. Once the owner has not beaten ({@code rt_instance}) for
 * {@code switchboard.call.orphan-seconds}, any other instance releases the call ({@code SERVER_LOST}): the caller's
 * and callee's apps hear of it as of any release, and the connected time ends at the owner's last beat.
 */
@Stateless
public class OrphanedCalls {
    private static final Logger LOG = Logger.getLogger(OrphanedCalls.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    VoipCallService calls;
    @Inject
    Presence presence;

    /** Unreleased calls owned by an instance that is gone. */
    public List<Long> orphans() {
        return presence.orphaned("voip_call", "t.peer_status <> 'RELEASE'");
    }

    /** Releases one orphaned call; a call released meanwhile (or whose owner came back) is left alone. */
    public void release(Long id) {
        VoipCall call = em.find(VoipCall.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null || call.peerStatus() == PeerStatus.RELEASE || call.ownerInstance() == null) {
            return;
        }
        presence.goneSince(call.ownerInstance()).ifPresent(lastSeen -> {
            LOG.warning(() -> "Releasing call " + call.sessionId() + ": the instance holding it stopped at "
                    + lastSeen);
            calls.release(call, ReleaseCause.SERVER_LOST, false, lastSeen);
        });
    }
}
