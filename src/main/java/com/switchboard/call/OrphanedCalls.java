package com.switchboard.call;

import com.switchboard.platform.realtime.Presence;
import com.switchboard.telephony.ReleaseCause;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
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
    CallSettings settings;
    @Inject
    VoipCallService calls;
    @Inject
    Presence presence;

    /** Unreleased calls owned by an instance silent since before the limit (or forgotten altogether). */
    @SuppressWarnings("unchecked")
    public List<Long> orphans() {
        List<Number> ids = em.createNativeQuery("SELECT c.id FROM voip_call c WHERE c.peer_status <> 'RELEASE'"
                        + " AND c.owner_instance IS NOT NULL AND " + Presence.silent("c.owner_instance"))
                .setParameter(1, Presence.silentSince(settings.orphanSeconds)).setMaxResults(100).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Releases one orphaned call; a call released meanwhile (or whose owner came back) is left alone. */
    public void release(Long id) {
        VoipCall call = em.find(VoipCall.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null || call.peerStatus() == PeerStatus.RELEASE || !orphans().contains(id)) {
            return;
        }
        Instant lastSeen = presence.lastSeen(call.ownerInstance());
        LOG.warning(() -> "Releasing call " + call.sessionId() + ": the instance holding it stopped at " + lastSeen);
        calls.release(call, ReleaseCause.SERVER_LOST, false, lastSeen);
    }
}
