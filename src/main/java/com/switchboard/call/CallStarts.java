package com.switchboard.call;

import com.switchboard.account.AccountDirectory;
import com.switchboard.account.LworkCallers;
import com.switchboard.account.Party;
import com.switchboard.billing.charging.CallCharging;
import com.switchboard.telephony.LegEvent;
import com.switchboard.telephony.Telephony;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How calls start (voip.md §2-4): VOIP-13/18/21 from an app or the web (p2p to an app user, else to a phone), VOIP-36
 * from the network for an app user, VOIP-30 callbacks. Each start checks the caller and the credit for every phone
 * leg it will dial, then hands over to the p2p invitation or places the leg.
 */
@Stateless
public class CallStarts {
    @Inject
    CallMetrics metrics;
    @Inject
    CallSettings settings;
    @Inject
    com.switchboard.platform.realtime.RealtimeRegistry registry;
    @Inject
    VoipCallService calls;
    @Inject
    P2pCalls p2p;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountDirectory accounts;

    @Inject
    LworkCallers callers;

    @Inject
    Telephony telephony;

    @Inject
    CallCharging charging;


    /** A start-call request of VOIP-13/18/21 (device and account are null for the web). */
    public record Start(Client client, String uuid, String devId, String acc, String callerPhone, String callee,
                        String type) {
    }

    /** VOIP-13, VOIP-18, VOIP-21: checks the caller, then rings the callee's app (p2p) or its phone. */
    public StartedCall start(Start r) {
        Party caller = caller(r.client(), r.uuid(), r.devId(), r.acc());
        Instant now = Instant.now();
        String sid = UUID.randomUUID().toString();
        Optional<Party> callee = "p2p".equals(r.type())
                ? accounts.findCallee(caller.groupId(), r.callee()).filter(p -> !p.id().equals(caller.id()))
                : Optional.empty();
        if (callee.isEmpty() && !r.callee().matches(VoipCallService.PHONE)) {
            throw CallFailure.of("invalid_params");
        }
        if (callee.isEmpty()) {
            charging.requireCredit(caller.id(), r.callee());
        } else if (!callee.get().online() && callee.get().realPhone() != null) {
            charging.requireCredit(caller.id(), callee.get().realPhone()); // diverted at once (voip.md §2.1)
        }
        String callerPhone = r.callerPhone() == null || r.callerPhone().isBlank()
                ? Optional.ofNullable(caller.realPhone()).orElse("") : r.callerPhone();
        VoipCall call;
        if (callee.isPresent()) {
            call = new VoipCall(sid, CallKind.P2P, r.client(), caller.id(), callerPhone, r.callee(), callee.get().id(),
                    PeerStatus.P2P_IDLE, now.plusSeconds(settings.p2pSeconds), VoipCallService.mediaPort(),
                            VoipCallService.rssrc(), now);
            call.ownedBy(registry.instanceId());
            em.persist(call);
            metrics.started(call.kind());
            em.flush();
            if (callee.get().online()) {
                p2p.invite(call, callee.get());
            } else {
                p2p.divert(call.id()); // voip.md §2.1: callee offline -> the real phone at once
            }
        } else {
            call = new VoipCall(sid, CallKind.DIRECT, r.client(), caller.id(), callerPhone, r.callee(), null,
                    PeerStatus.IDLE, null, VoipCallService.mediaPort(), VoipCallService.rssrc(), now);
            call.dialled(r.callee());
            call.ownedBy(registry.instanceId());
            em.persist(call);
            metrics.started(call.kind());
            telephony.place(VoipCallService.leg(sid, "callee"), r.callee(), callerPhone);
        }
        return new StartedCall(sid, calls.media(call, true));
    }

    /**
     * VOIP-36: a call from the network for an app user (matched by account, else bound phone) invites the app like a
     * p2p call, its opdata being the {@code sip_call_in} object; anyone else's call is refused.
     */
    public void onIncoming(LegEvent.Offered offer) {
        Optional<Party> callee = accounts.partyByAccount(offer.callee())
                .or(() -> accounts.partyByPhone(offer.callee()));
        if (callee.isEmpty()) {
            telephony.hangUp(offer.leg());
            return;
        }
        Instant now = Instant.now();
        VoipCall call = new VoipCall(UUID.randomUUID().toString(), CallKind.SIP_IN, Client.ANDROID, null,
                offer.caller() == null ? "" : offer.caller(), offer.callee(), callee.get().id(), PeerStatus.P2P_IDLE,
                now.plusSeconds(settings.p2pSeconds), VoipCallService.mediaPort(), VoipCallService.rssrc(), now);
        call.inbound(offer.leg().value());
        call.ownedBy(registry.instanceId());
        em.persist(call);
        metrics.started(call.kind());
        em.flush();
        if (callee.get().online()) {
            p2p.invite(call, callee.get());
        } else {
            p2p.divert(call.id());
        }
    }

    /** VOIP-30: the user's own phone first; the destination once it answers (voip.md §4.1). */
    public String startCallback(String uuid, String local, String remote) {
        Party caller = callers.anyDeviceCaller(uuid);
        if (!caller.activated()) {
            throw CallFailure.of(CallFailure.NOT_ACTIVED);
        }
        if (!local.matches(VoipCallService.PHONE) || !remote.matches(VoipCallService.PHONE)) {
            throw CallFailure.of("invalid_params");
        }
        charging.requireCredit(caller.id(), local, remote); // voip.md §4.1: both legs are phone calls
        Instant now = Instant.now();
        String sid = UUID.randomUUID().toString();
        VoipCall call = new VoipCall(sid, CallKind.CALLBACK, Client.ANDROID, caller.id(), local, remote, null,
                PeerStatus.IDLE, null, VoipCallService.mediaPort(), VoipCallService.rssrc(), now);
        call.dialled(remote);
        call.ownedBy(registry.instanceId());
        em.persist(call);
        metrics.started(call.kind());
        telephony.place(VoipCallService.leg(sid, "local"), local, remote);
        return sid;
    }

    private Party caller(Client client, String uuid, String devId, String acc) {
        Party caller = client == Client.WEB ? callers.anyDeviceCaller(uuid) : callers.caller(uuid, devId);
        if (client != Client.WEB && acc != null && !acc.equals(caller.account())) {
            throw CallFailure.of(CallFailure.NO_LOGIND);
        }
        if (!caller.activated()) {
            throw CallFailure.of(CallFailure.NOT_ACTIVED);
        }
        return caller;
    }
}
