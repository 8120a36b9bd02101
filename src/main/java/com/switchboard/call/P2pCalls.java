package com.switchboard.call;

import com.switchboard.account.AccountDirectory;
import com.switchboard.account.Party;
import com.switchboard.billing.charging.CallCharging;
import com.switchboard.push.DeviceMessage;
import com.switchboard.push.LongPollChannel;
import com.switchboard.push.Reach;
import com.switchboard.telephony.LegId;
import com.switchboard.telephony.ReleaseCause;
import com.switchboard.telephony.Telephony;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The p2p invitation of voip.md §2.1 and §3: the callee's app is invited over its long-poll and device push, reports
 * ringing (T_ring starts), answers with its own session or declines; an invitation the app does not take up in time
 * (T_p2p) is diverted to the callee's real phone, one that rings too long is released.
 */
@Stateless
public class P2pCalls {
    @Inject
    CallMetrics metrics;
    @Inject
    CallSettings settings;
    @Inject
    VoipCallService calls;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountDirectory accounts;

    @Inject
    Telephony telephony;

    @Inject
    Reach reach;

    @Inject
    Invitations invitations;
    @Inject
    com.switchboard.account.LworkCallers callers;

    @Inject
    CallCharging charging;


    /** VOIP-25: the callee's app rings; T_ring starts. */
    public void p2pRinging(JsonValue opdata) {
        VoipCall call = invited(opdata);
        Instant now = Instant.now();
        em.createQuery("update VoipCall c set c.peerStatus = :ring, c.ringAt = :now, c.deadlineAt = :deadline "
                        + "where c.id = :id and c.peerStatus = :idle")
                .setParameter("ring", PeerStatus.P2P_RING).setParameter("now", now)
                .setParameter("deadline", now.plusSeconds(settings.p2pRingSeconds)).setParameter("id", call.id())
                .setParameter("idle", PeerStatus.P2P_IDLE).executeUpdate();
    }

    /** VOIP-26/27: the callee's app answers and gets its own session; a repeated answer gets the same one. */
    public StartedCall p2pAnswer(JsonValue opdata, Client client) {
        VoipCall call = invited(opdata);
        if (call.peerStatus().inviting()) {
            String calleeSid = UUID.randomUUID().toString();
            int won = em.createQuery("update VoipCall c set c.peerStatus = :hookoff, c.calleeSessionId = :sid, "
                            + "c.calleeClient = :client, c.answeredAt = :now, c.deadlineAt = null "
                            + "where c.id = :id and c.peerStatus in :inviting")
                    .setParameter("hookoff", PeerStatus.P2P_HOOKOFF).setParameter("sid", calleeSid)
                    .setParameter("client", client).setParameter("now", Instant.now())
                    .setParameter("id", call.id())
                    .setParameter("inviting", List.of(PeerStatus.P2P_IDLE, PeerStatus.P2P_RING)).executeUpdate();
            if (won == 1) {
                if (call.inboundLeg() != null) {
                    telephony.answer(new LegId(call.inboundLeg()));
                }
                return new StartedCall(calleeSid, calls.media(call, false));
            }
            call = reread(call);
        }
        if (call.peerStatus() == PeerStatus.P2P_HOOKOFF && call.calleeSessionId() != null) {
            return new StartedCall(call.calleeSessionId(), calls.media(call, false));
        }
        throw CallFailure.of(call.diverted() ? CallFailure.ALREADY_CALL_REAL_PHONE : CallFailure.SESSION_NOT_EXIST);
    }

    /** VOIP-28: the callee declines; the caller's poll reads {@code release}. */
    public void p2pReject(JsonValue opdata) {
        VoipCall call = invitation(opdata).orElseThrow(() -> CallFailure.of(CallFailure.SESSION_NOT_EXIST));
        if (call.diverted()) {
            throw CallFailure.of(CallFailure.ALREADY_CALL_REAL_PHONE);
        }
        if (call.peerStatus().inviting()) {
            calls.release(call, ReleaseCause.REJECTED, false);
        }
    }

    /** VOIP-29: the shared state; an unknown or forged opdata reads {@code release}. */
    public PeerStatus p2pPoll(JsonValue opdata) {
        return invitation(opdata).map(VoipCall::peerStatus).orElse(PeerStatus.RELEASE);
    }

    /** Calls whose p2p timer ran out (T_p2p or T_ring), for the sweep to settle one by one. */
    public List<Long> dueInvitations() {
        return em.createQuery("select c.id from VoipCall c where c.peerStatus in :inviting "
                        + "and c.deadlineAt < :now", Long.class)
                .setParameter("inviting", List.of(PeerStatus.P2P_IDLE, PeerStatus.P2P_RING))
                .setParameter("now", Instant.now()).setMaxResults(500).getResultList();
    }

    /** T_p2p ran out: divert to the real phone; T_ring ran out: release. */
    public void settleInvitation(Long id) {
        VoipCall call = em.find(VoipCall.class, id);
        if (call == null || call.deadlineAt() == null || call.deadlineAt().isAfter(Instant.now())) {
            return;
        }
        if (call.peerStatus() == PeerStatus.P2P_IDLE) {
            divert(id);
        } else if (call.peerStatus() == PeerStatus.P2P_RING) {
            calls.release(call, ReleaseCause.NO_ANSWER, false);
        }
    }

    /** VOIP-35: the invitation goes to the callee's long-poll and to its device push. */
    public void invite(VoipCall call, Party callee) {
        JsonObject opdata = call.kind() == CallKind.SIP_IN
                ? invitations.issue(call.sessionId(), calls.media(call, true).addTo(Jsons.createObjectBuilder()
                        .add("event", "sip_call_in").add("caller", call.callerPhone())
                        .add("callee", call.calleePhone()), Client.ANDROID).build())
                : invitations.issue(call.sessionId());
        JsonObject event = Jsons.createObjectBuilder().add("event", "p2p_inform_called")
                .add("caller", call.callerPhone()).add("opdata", opdata).build();
        Duration ttl = Duration.ofSeconds(60);
        JsonObject apns = Jsons.createObjectBuilder().add("aps", Jsons.createObjectBuilder()
                .add("alert", call.callerPhone()).add("badge", 1).add("sound", "chime")
                .add("event", "p2p_inform_called").add("caller", call.callerPhone()).add("opdata", opdata)).build();
        reach.deliver(LongPollChannel.recipient(callee), event, new DeviceMessage(event, apns, ttl, call.sessionId()),
                ttl, Reach.Push.ALWAYS);
        metrics.invited();
    }

    /**
     * To the callee's real phone if there is one (later p2p_* → already_call_real_phone), else released; also released
     * when whoever pays for the phone call has no credit for it.
     */
    public void divert(Long id) {
        VoipCall call = em.find(VoipCall.class, id);
        Optional<String> real = accounts.party(call.calleeUserId()).map(Party::realPhone);
        if (real.isEmpty()) {
            calls.release(call, ReleaseCause.NO_ANSWER, false);
            return;
        }
        if (!charging.hasCredit(calls.payer(call), real.get())) {
            calls.release(call, ReleaseCause.CREDIT_EXHAUSTED, false);
            return;
        }
        int won = em.createQuery("update VoipCall c set c.peerStatus = :idle, c.diverted = true, "
                        + "c.dialledNumber = :number, c.deadlineAt = null where c.id = :id and c.peerStatus = :from")
                .setParameter("idle", PeerStatus.IDLE).setParameter("number", real.get())
                .setParameter("id", id).setParameter("from", PeerStatus.P2P_IDLE).executeUpdate();
        if (won == 1) {
            telephony.place(VoipCallService.leg(call.sessionId(), "callee"), real.get(), call.callerPhone());
        }
    }

    /** The call an opdata names; whoever presents it must hold the callee's session (when one is presented). */
    private Optional<VoipCall> invitation(JsonValue opdata) {
        Optional<VoipCall> call = invitations.open(opdata).flatMap(sid -> calls.bySession(sid)
                .filter(c -> c.kind().invitesApp() && c.callerSession(sid)));
        call.map(VoipCall::calleeUserId).ifPresent(callers::requireInvitee);
        return call;
    }

    /** VOIP-25/26/27: the invited call, still open to the app. */
    private VoipCall invited(JsonValue opdata) {
        VoipCall call = invitation(opdata).orElseThrow(() -> CallFailure.of(CallFailure.SESSION_NOT_EXIST));
        if (call.diverted()) {
            throw CallFailure.of(CallFailure.ALREADY_CALL_REAL_PHONE);
        }
        if (call.peerStatus() == PeerStatus.RELEASE) {
            throw CallFailure.of(CallFailure.SESSION_NOT_EXIST);
        }
        return call;
    }

    private VoipCall reread(VoipCall call) {
        em.refresh(call);
        return call;
    }
}
