package com.switchboard.call;

import com.switchboard.account.AccountService;
import com.switchboard.account.LworkCallers;
import com.switchboard.account.Party;
import com.switchboard.billing.CallCharging;
import com.switchboard.push.DeviceMessage;
import com.switchboard.push.DevicePush;
import com.switchboard.push.LongPollChannel;
import com.switchboard.push.Reach;
import com.switchboard.telephony.LegEvent;
import com.switchboard.telephony.LegId;
import com.switchboard.telephony.ReleaseCause;
import com.switchboard.telephony.Telephony;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The call state machines of voip.md §2-4. Every transition is a conditional UPDATE on the call row, so a gateway
 * event, a user's request and a timer that race on different instances leave exactly one outcome.
 */
@Stateless
public class VoipCallService {
    static final String PHONE = "\\+?[0-9]{3,32}";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    AccountService accounts;
    @Inject
    LworkCallers callers;
    @Inject
    Telephony telephony;
    @Inject
    Reach reach;
    @Inject
    Invitations invitations;
    @Inject
    CallCharging charging;
    @Inject
    @ConfigProperty(name = "switchboard.media.ip", defaultValue = "127.0.0.1")
    String mediaIp;
    @Inject
    @ConfigProperty(name = "switchboard.media.amr-payload-mode", defaultValue = "octet-aligned")
    String payloadMode;
    /** T_p2p of voip.md §2.1: how long the callee's app has to report p2p_ringing. */
    @Inject
    @ConfigProperty(name = "switchboard.call.p2p-seconds", defaultValue = "8")
    long p2pSeconds;
    /** T_ring of voip.md §2.1: how long the callee's app may ring. */
    @Inject
    @ConfigProperty(name = "switchboard.call.p2p-ring-seconds", defaultValue = "45")
    long p2pRingSeconds;

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
        if (callee.isEmpty() && !r.callee().matches(PHONE)) {
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
                    PeerStatus.P2P_IDLE, now.plusSeconds(p2pSeconds), mediaPort(), rssrc(), now);
            em.persist(call);
            em.flush();
            if (callee.get().online()) {
                invite(call, callee.get());
            } else {
                divert(call.id()); // voip.md §2.1: callee offline -> the real phone at once
            }
        } else {
            call = new VoipCall(sid, CallKind.DIRECT, r.client(), caller.id(), callerPhone, r.callee(), null,
                    PeerStatus.IDLE, null, mediaPort(), rssrc(), now);
            call.dialled(r.callee());
            em.persist(call);
            telephony.place(leg(sid, "callee"), r.callee(), callerPhone);
        }
        return new StartedCall(sid, media(call, true));
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
                now.plusSeconds(p2pSeconds), mediaPort(), rssrc(), now);
        call.inbound(offer.leg().value());
        em.persist(call);
        em.flush();
        if (callee.get().online()) {
            invite(call, callee.get());
        } else {
            divert(call.id());
        }
    }

    /** VOIP-30: the user's own phone first; the destination once it answers (voip.md §4.1). */
    public String startCallback(String uuid, String local, String remote) {
        Party caller = callers.caller(uuid, null);
        if (!caller.activated()) {
            throw CallFailure.of(CallFailure.NOT_ACTIVED);
        }
        if (!local.matches(PHONE) || !remote.matches(PHONE)) {
            throw CallFailure.of("invalid_params");
        }
        charging.requireCredit(caller.id(), local, remote); // voip.md §4.1: both legs are phone calls
        Instant now = Instant.now();
        String sid = UUID.randomUUID().toString();
        VoipCall call = new VoipCall(sid, CallKind.CALLBACK, Client.ANDROID, caller.id(), local, remote, null,
                PeerStatus.IDLE, null, mediaPort(), rssrc(), now);
        call.dialled(remote);
        em.persist(call);
        telephony.place(leg(sid, "local"), local, remote);
        return sid;
    }

    /**
     * VOIP-14/19/22/31: ends the call for both sides. A {@code uuid}, when sent, must own the session; stopping a
     * released call is ok.
     */
    public void stop(String sid, String uuid) {
        VoipCall call = owned(sid, uuid);
        boolean byCaller = call.callerSession(sid);
        release(call, byCaller ? ReleaseCause.CANCELLED : ReleaseCause.NORMAL, byCaller);
    }

    /** VOIP-15/20/23/32. */
    public CallView status(String sid, String uuid) {
        VoipCall call = owned(sid, uuid);
        JsonObject stats = null;
        if ((call.peerStatus() == PeerStatus.HOOKOFF || call.peerStatus() == PeerStatus.P2P_HOOKOFF)
                && call.stats() != null) {
            try (var reader = Json.createReader(new StringReader(call.stats()))) {
                stats = reader.readObject();
            }
        }
        return new CallView(call.peerStatus(), stats, call.localStatus(), call.remoteStatus());
    }

    /**
     * VOIP-16 ({@code seq} null) and VOIP-17: digits go to the connected far end. A repeated or lower {@code seq} is
     * a client retry: ok, not played again.
     */
    public void dtmf(String sid, String digits, Integer seq) {
        if (!digits.matches("[0-9*#]{1,32}") || (seq != null && seq < 1)) {
            throw CallFailure.of("invalid_params");
        }
        VoipCall call = owned(sid, null);
        LegId target;
        if (call.kind() == CallKind.CALLBACK) {
            if (call.remoteStatus() != LegStatus.HOOKOFF) {
                throw CallFailure.of(CallFailure.CALL_NOT_CONNECTED);
            }
            target = leg(call.sessionId(), "remote");
        } else if (call.peerStatus() == PeerStatus.HOOKOFF) {
            target = leg(call.sessionId(), "callee");
        } else if (call.peerStatus() == PeerStatus.P2P_HOOKOFF) {
            return; // app to app: the apps carry their media and DTMF end to end
        } else {
            throw CallFailure.of(CallFailure.CALL_NOT_CONNECTED);
        }
        if (seq != null && em.createQuery("update VoipCall c set c.dtmfSeq = :seq where c.id = :id "
                        + "and c.dtmfSeq < :seq")
                .setParameter("seq", seq).setParameter("id", call.id()).executeUpdate() == 0) {
            return;
        }
        telephony.sendDtmf(target, digits);
    }

    /** VOIP-25: the callee's app rings; T_ring starts. */
    public void p2pRinging(JsonValue opdata) {
        VoipCall call = invited(opdata);
        Instant now = Instant.now();
        em.createQuery("update VoipCall c set c.peerStatus = :ring, c.ringAt = :now, c.deadlineAt = :deadline "
                        + "where c.id = :id and c.peerStatus = :idle")
                .setParameter("ring", PeerStatus.P2P_RING).setParameter("now", now)
                .setParameter("deadline", now.plusSeconds(p2pRingSeconds)).setParameter("id", call.id())
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
                return new StartedCall(calleeSid, media(call, false));
            }
            call = reread(call);
        }
        if (call.peerStatus() == PeerStatus.P2P_HOOKOFF && call.calleeSessionId() != null) {
            return new StartedCall(call.calleeSessionId(), media(call, false));
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
            release(call, ReleaseCause.REJECTED, false);
        }
    }

    /** VOIP-29: the shared state; an unknown or forged opdata reads {@code release}. */
    public PeerStatus p2pPoll(JsonValue opdata) {
        return invitation(opdata).map(VoipCall::peerStatus).orElse(PeerStatus.RELEASE);
    }

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
        Optional<VoipCall> found = bySession(parts[1]);
        if (found.isEmpty()) {
            return;
        }
        VoipCall call = found.get();
        String role = parts[2];
        Instant now = Instant.now();
        if (event instanceof LegEvent.Released released) {
            release(call, released.cause(), false);
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
                    charging.answered(call.sessionId(), "callee", payer(call), call.callerPhone(),
                            call.dialledNumber(), now);
                }
                if (won == 1 && call.inboundLeg() != null) {
                    telephony.answer(new LegId(call.inboundLeg())); // a diverted call from the network: bridge
                }
            } else if (event instanceof LegEvent.Stats stats) {
                recordStats(call, stats);
            }
        } else if ("local".equals(role)) {
            if (event instanceof LegEvent.Ringing) {
                moveLeg(call, "localStatus", LegStatus.IDLE, LegStatus.RING);
            } else if (event instanceof LegEvent.Answered
                    && moveLeg(call, "localStatus", LegStatus.RING, LegStatus.HOOKOFF)) {
                charging.answered(call.sessionId(), "local", call.userId(), call.calleePhone(), call.callerPhone(),
                        now);
                telephony.place(leg(call.sessionId(), "remote"), call.calleePhone(), call.callerPhone());
            }
        } else if ("remote".equals(role)) {
            if (event instanceof LegEvent.Ringing) {
                moveLeg(call, "remoteStatus", LegStatus.IDLE, LegStatus.RING);
            } else if (event instanceof LegEvent.Answered
                    && moveLeg(call, "remoteStatus", LegStatus.RING, LegStatus.HOOKOFF)) {
                charging.answered(call.sessionId(), "remote", call.userId(), call.callerPhone(), call.calleePhone(),
                        now);
                move(call, PeerStatus.IDLE, PeerStatus.HOOKOFF, "c.answeredAt = :now", now);
            } else if (event instanceof LegEvent.Stats stats) {
                recordStats(call, stats);
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
            release(call, released.cause(), true);
        } else if (event instanceof LegEvent.Stats stats && call.peerStatus() == PeerStatus.P2P_HOOKOFF) {
            em.createQuery("update VoipCall c set c.stats = :stats where c.id = :id and c.peerStatus = :hookoff")
                    .setParameter("stats", stats.stats().toJson().toString()).setParameter("id", call.id())
                    .setParameter("hookoff", PeerStatus.P2P_HOOKOFF).executeUpdate();
        }
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
            release(call, ReleaseCause.NO_ANSWER, false);
        }
    }

    /** VOIP-24: the user's calls, made and received, newest first. */
    public List<VoipCall> history(String uuid, String deviceId, int limit) {
        Party user = deviceId == null ? callers.user(uuid) : callers.loggedIn(uuid, deviceId);
        return em.createQuery("select c from VoipCall c where c.userId = :u or c.calleeUserId = :u "
                        + "order by c.createdAt desc, c.id desc", VoipCall.class)
                .setParameter("u", user.id()).setMaxResults(limit).getResultList();
    }

    public Long userId(String uuid) {
        return accounts.party(uuid).map(Party::id).orElse(null);
    }

    private Party caller(Client client, String uuid, String devId, String acc) {
        Party caller = callers.caller(uuid, client == Client.WEB ? null : devId == null ? "" : devId);
        if (client != Client.WEB && acc != null && !acc.equals(caller.account())) {
            throw CallFailure.of(CallFailure.NO_LOGIND);
        }
        if (!caller.activated()) {
            throw CallFailure.of(CallFailure.NOT_ACTIVED);
        }
        return caller;
    }

    /** VOIP-35: the invitation goes to the callee's long-poll and to its device push. */
    private void invite(VoipCall call, Party callee) {
        JsonObject opdata = call.kind() == CallKind.SIP_IN
                ? invitations.issue(call.sessionId(), media(call, true).addTo(Json.createObjectBuilder()
                        .add("event", "sip_call_in").add("caller", call.callerPhone())
                        .add("callee", call.calleePhone()), Client.ANDROID).build())
                : invitations.issue(call.sessionId());
        JsonObject event = Json.createObjectBuilder().add("event", "p2p_inform_called")
                .add("caller", call.callerPhone()).add("opdata", opdata).build();
        Duration ttl = Duration.ofSeconds(60);
        JsonObject apns = Json.createObjectBuilder().add("aps", Json.createObjectBuilder()
                .add("alert", call.callerPhone()).add("badge", 1).add("sound", "chime")
                .add("event", "p2p_inform_called").add("caller", call.callerPhone()).add("opdata", opdata)).build();
        reach.deliver(LongPollChannel.recipient(callee), event, new DeviceMessage(event, apns, ttl, call.sessionId()),
                ttl, Reach.Push.ALWAYS);
    }

    /**
     * To the callee's real phone if there is one (later p2p_* → already_call_real_phone), else released; also released
     * when whoever pays for the phone call has no credit for it.
     */
    private void divert(Long id) {
        VoipCall call = em.find(VoipCall.class, id);
        Optional<String> real = accounts.party(call.calleeUserId()).map(Party::realPhone);
        if (real.isEmpty()) {
            release(call, ReleaseCause.NO_ANSWER, false);
            return;
        }
        if (!charging.hasCredit(payer(call), real.get())) {
            release(call, ReleaseCause.CREDIT_EXHAUSTED, false);
            return;
        }
        int won = em.createQuery("update VoipCall c set c.peerStatus = :idle, c.diverted = true, "
                        + "c.dialledNumber = :number, c.deadlineAt = null where c.id = :id and c.peerStatus = :from")
                .setParameter("idle", PeerStatus.IDLE).setParameter("number", real.get())
                .setParameter("id", id).setParameter("from", PeerStatus.P2P_IDLE).executeUpdate();
        if (won == 1) {
            telephony.place(leg(call.sessionId(), "callee"), real.get(), call.callerPhone());
        }
    }

    /**
     * The one way a call ends: the first release wins and hangs up whatever legs remain; VOIP-37 tells an iOS
     * callee when the caller gave up while it was still being invited.
     */
    private void release(VoipCall call, ReleaseCause cause, boolean callerGaveUp) {
        PeerStatus before = call.peerStatus();
        int won = em.createQuery("update VoipCall c set c.peerStatus = :release, c.releaseCause = :cause, "
                        + "c.releasedAt = :now, c.deadlineAt = null where c.id = :id and c.peerStatus <> :release")
                .setParameter("release", PeerStatus.RELEASE).setParameter("cause", cause.name())
                .setParameter("now", Instant.now()).setParameter("id", call.id()).executeUpdate();
        if (won == 0) {
            return;
        }
        charging.ended(call.sessionId(), Instant.now());
        if (call.kind() == CallKind.CALLBACK) {
            em.createQuery("update VoipCall c set c.localStatus = :released, c.remoteStatus = :released "
                            + "where c.id = :id")
                    .setParameter("released", LegStatus.RELEASED).setParameter("id", call.id()).executeUpdate();
            telephony.hangUp(leg(call.sessionId(), "local"));
            telephony.hangUp(leg(call.sessionId(), "remote"));
        } else if (call.kind() == CallKind.DIRECT || call.diverted() || before == PeerStatus.P2P_IDLE) {
            // P2P_IDLE: a divert may have been committed since this call was read.
            telephony.hangUp(leg(call.sessionId(), "callee"));
        }
        if (call.inboundLeg() != null) {
            telephony.hangUp(new LegId(call.inboundLeg()));
        }
        if (callerGaveUp && before.inviting()) {
            JsonObject apns = Json.createObjectBuilder().add("aps", Json.createObjectBuilder()
                    .add("alert", call.callerPhone()).add("event", "caller_hookon")
                    .add("caller", call.callerPhone())).build();
            reach.deliver(DevicePush.lwork(call.calleeUserId()), null, new DeviceMessage(null, apns,
                    Duration.ofSeconds(60), call.sessionId()), Duration.ofSeconds(60), Reach.Push.ALWAYS);
        }
    }

    /**
     * A unit of the call found no credit: the call ends for both sides ({@code release}, cause
     * {@code CREDIT_EXHAUSTED}); repeated or late, it only settles what is left.
     */
    public void endForCredit(String sid) {
        Optional<VoipCall> call = bySession(sid);
        if (call.isPresent() && call.get().peerStatus() != PeerStatus.RELEASE) {
            release(call.get(), ReleaseCause.CREDIT_EXHAUSTED, false);
        } else {
            charging.ended(sid, call.map(VoipCall::releasedAt).orElse(Instant.now()));
        }
    }

    /** Who pays a call's phone legs: the caller, or for a call from the network diverted to a phone, the callee. */
    private static Long payer(VoipCall call) {
        return call.kind() == CallKind.SIP_IN ? call.calleeUserId() : call.userId();
    }

    private void recordStats(VoipCall call, LegEvent.Stats stats) {
        em.createQuery("update VoipCall c set c.stats = :stats where c.id = :id and c.peerStatus = :hookoff")
                .setParameter("stats", stats.stats().toJson().toString()).setParameter("id", call.id())
                .setParameter("hookoff", PeerStatus.HOOKOFF).executeUpdate();
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

    /** A call by either of its session ids; with a {@code uuid}, only if that user holds the session. */
    private VoipCall owned(String sid, String uuid) {
        VoipCall call = bySession(sid).orElseThrow(() -> CallFailure.of(CallFailure.SESSION_NOT_EXIST));
        if (uuid != null) {
            Long owner = call.callerSession(sid) ? call.userId() : call.calleeUserId();
            Long asking = userId(uuid);
            if (asking == null || !asking.equals(owner)) {
                throw CallFailure.of(CallFailure.SESSION_NOT_EXIST);
            }
        }
        return call;
    }

    private Optional<VoipCall> bySession(String sid) {
        if (sid == null || sid.length() != 36) {
            return Optional.empty();
        }
        List<VoipCall> found = em.createQuery("select c from VoipCall c where c.sessionId = :sid "
                        + "or c.calleeSessionId = :sid", VoipCall.class)
                .setParameter("sid", sid).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private Optional<VoipCall> invitation(JsonValue opdata) {
        return invitations.open(opdata).flatMap(sid -> bySession(sid)
                .filter(c -> c.kind().invitesApp() && c.callerSession(sid)));
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

    private Media media(VoipCall call, boolean caller) {
        return caller ? new Media(mediaIp, call.mediaPort(), payloadMode, call.rssrc(), call.sessionId())
                : new Media(mediaIp, call.mediaPort() + 2, payloadMode, call.rssrc() ^ 0x5A5A5A5AL,
                call.sessionId());
    }

    static LegId leg(String sid, String role) {
        return new LegId("voip/" + sid + "/" + role);
    }

    /** An even RTP port of the media range. */
    private static int mediaPort() {
        return 20000 + 2 * RANDOM.nextInt(19_990);
    }

    private static long rssrc() {
        return RANDOM.nextInt() & 0xFFFFFFFFL;
    }
}
