package com.switchboard.call;

import com.switchboard.billing.charging.CallCharging;
import com.switchboard.telephony.LegEvent;
import com.switchboard.telephony.LegId;
import com.switchboard.telephony.Telephony;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The gateway's leg events applied to the calls their legs belong to (legs are {@code voip/<session>/<role>}; a call
 * from the network has its own inbound leg): ringing, answered (charging starts), released (media stats go to {@link LiveCallStats}). Every
 * transition is a conditional update, so a duplicate or late event changes nothing.
 */
@Stateless
public class LegEventMachine {
    @Inject
    VoipCallService calls;

    @PersistenceContext
    EntityManager em;

    @Inject
    Telephony telephony;

    @Inject
    CallCharging charging;

    /** Applies a gateway event to the call its leg belongs to (legs are {@code voip/<session>/<role>}). */
    public void onLegEvent(LegEvent event) {
        String leg = event.leg().value();
        if (leg.startsWith("in/")) {
            onInboundLegEvent(event);
            return;
        }
        String[] parts = leg.split("/");
        if (parts.length != 3 || !"voip".equals(parts[0])) {
            return;
        }
        Optional<VoipCall> found = calls.bySession(parts[1]);
        if (found.isEmpty()) {
            return;
        }
        VoipCall call = found.get();
        String role = parts[2];
        Instant now = Instant.now();
        if (event instanceof LegEvent.Released released) {
            calls.release(call, released.cause(), false);
        } else if ("callee".equals(role)) {
            if (event instanceof LegEvent.Ringing) {
                move(call, PeerStatus.IDLE, PeerStatus.RING, "c.ringAt = :now", now);
            } else if (event instanceof LegEvent.Answered) {
                int won = em.createQuery("update VoipCall c set c.peerStatus = :to, c.answeredAt = :now "
                                + "where c.id = :id and c.peerStatus in :from")
                        .setParameter("to", PeerStatus.HOOKOFF).setParameter("now", now)
                        .setParameter("id", call.id())
                        .setParameter("from", List.of(PeerStatus.IDLE, PeerStatus.RING)).executeUpdate();
                if (won == 1) {
                    charging.answered(call.sessionId(), "callee", calls.payer(call), call.callerPhone(),
                            call.dialledNumber(), now);
                }
                if (won == 1 && call.inboundLeg() != null) {
                    telephony.answer(new LegId(call.inboundLeg())); // a diverted call from the network: bridge
                }
            }
        } else if ("local".equals(role)) {
            if (event instanceof LegEvent.Ringing) {
                moveLeg(call, "localStatus", LegStatus.IDLE, LegStatus.RING);
            } else if (event instanceof LegEvent.Answered
                    && moveLeg(call, "localStatus", LegStatus.RING, LegStatus.HOOKOFF)) {
                charging.answered(call.sessionId(), "local", call.userId(), call.calleePhone(), call.callerPhone(),
                        now);
                telephony.place(VoipCallService.leg(call.sessionId(), "remote"), call.calleePhone(), call.callerPhone());
            }
        } else if ("remote".equals(role)) {
            if (event instanceof LegEvent.Ringing) {
                moveLeg(call, "remoteStatus", LegStatus.IDLE, LegStatus.RING);
            } else if (event instanceof LegEvent.Answered
                    && moveLeg(call, "remoteStatus", LegStatus.RING, LegStatus.HOOKOFF)) {
                charging.answered(call.sessionId(), "remote", call.userId(), call.callerPhone(), call.calleePhone(),
                        now);
                move(call, PeerStatus.IDLE, PeerStatus.HOOKOFF, "c.answeredAt = :now", now);
            }
        }
    }

    /** The gateway's leg of a call from the network: its caller hanging up ends the call. */
    private void onInboundLegEvent(LegEvent event) {
        List<VoipCall> found = em.createQuery("select c from VoipCall c where c.inboundLeg = :leg", VoipCall.class)
                .setParameter("leg", event.leg().value()).getResultList();
        if (found.isEmpty()) {
            return;
        }
        VoipCall call = found.get(0);
        if (event instanceof LegEvent.Released released) {
            calls.release(call, released.cause(), true);
        }
    }

    private void move(VoipCall call, PeerStatus from, PeerStatus to, String alsoSet, Instant now) {
        em.createQuery("update VoipCall c set c.peerStatus = :to, " + alsoSet + " where c.id = :id "
                        + "and c.peerStatus = :from")
                .setParameter("to", to).setParameter("now", now).setParameter("id", call.id())
                .setParameter("from", from).executeUpdate();
    }

    private boolean moveLeg(VoipCall call, String field, LegStatus from, LegStatus to) {
        // A leg may answer without a ringing report; answered counts from idle too.
        List<LegStatus> froms = to == LegStatus.HOOKOFF ? List.of(LegStatus.IDLE, LegStatus.RING) : List.of(from);
        return em.createQuery("update VoipCall c set c." + field + " = :to where c.id = :id and c." + field
                        + " in :from and c.peerStatus <> :release")
                .setParameter("to", to).setParameter("id", call.id()).setParameter("from", froms)
                .setParameter("release", PeerStatus.RELEASE).executeUpdate() == 1;
    }
}
