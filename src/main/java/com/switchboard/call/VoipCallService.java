package com.switchboard.call;

import com.switchboard.account.AccountDirectory;
import com.switchboard.account.LworkCallers;
import com.switchboard.account.Party;
import com.switchboard.billing.charging.CallCharging;
import com.switchboard.push.DeviceMessage;
import com.switchboard.push.DevicePush;
import com.switchboard.push.Reach;
import com.switchboard.telephony.LegId;
import com.switchboard.telephony.ReleaseCause;
import com.switchboard.telephony.Telephony;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A call once started (voip.md §2-4): its status, DTMF, stop, history, and the one way it ends ({@link #release}).
 * Starts are {@link CallStarts}, the p2p invitation {@link P2pCalls}, gateway events {@link LegEventMachine}. Every
 * transition is a conditional UPDATE on the call row, so a gateway event, a user's request and a timer that race on
 * different instances leave exactly one outcome.
 */
@Stateless
public class VoipCallService {
    @Inject
    CallMetrics metrics;
    static final String PHONE = "\\+?[0-9]{3,32}";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    CallSettings settings;
    @Inject
    AccountDirectory accounts;
    @Inject
    LworkCallers callers;
    @Inject
    Reach reach;
    @Inject
    Telephony telephony;
    @Inject
    CallCharging charging;
    /**
     * VOIP-14/19/22/31: ends the call for both sides. A {@code uuid}, when sent, must own the session; stopping a
     * released call is ok.
     */
    public void stop(String sid, String uuid) {
        VoipCall call = owned(sid, uuid);
        boolean byCaller = call.callerSession(sid);
        release(call, byCaller ? ReleaseCause.CANCELLED : ReleaseCause.NORMAL, byCaller);
    }

    /** VOIP-15/20/23/32. A read: no transaction to begin and commit (the most-polled lwork endpoint). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CallView status(String sid, String uuid) {
        VoipCall call = owned(sid, uuid);
        JsonObject stats = null;
        if ((call.peerStatus() == PeerStatus.HOOKOFF || call.peerStatus() == PeerStatus.P2P_HOOKOFF)
                && call.stats() != null) {
            try (var reader = Jsons.createReader(new StringReader(call.stats()))) {
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

    /** VOIP-24: the user's calls, made and received, newest first. */
    public List<VoipCall> history(String uuid, String deviceId, int limit) {
        Party user = deviceId == null ? callers.user(uuid) : callers.loggedIn(uuid, deviceId);
        return em.createQuery("select c from VoipCall c where c.userId = :u or c.calleeUserId = :u "
                        + "order by c.createdAt desc, c.id desc", VoipCall.class)
                // read-only: up to `limit` rows are only grouped and paged, never changed; no snapshots to check
                .setHint("org.hibernate.readOnly", true)
                .setParameter("u", user.id()).setMaxResults(limit).getResultList();
    }

    public Long userId(String uuid) {
        return accounts.party(uuid).map(Party::id).orElse(null);
    }

    /**
     * The one way a call ends: the first release wins and hangs up whatever legs remain; VOIP-37 tells an iOS
     * callee when the caller gave up while it was still being invited.
     */
    public void release(VoipCall call, ReleaseCause cause, boolean callerGaveUp) {
        release(call, cause, callerGaveUp, Instant.now());
    }

    /** As above, the call's connected time ending at {@code endedAt} (when the instance holding it was last seen). */
    public void release(VoipCall call, ReleaseCause cause, boolean callerGaveUp, Instant endedAt) {
        PeerStatus before = call.peerStatus();
        int won = em.createQuery("update VoipCall c set c.peerStatus = :release, c.releaseCause = :cause, "
                        + "c.releasedAt = :now, c.deadlineAt = null where c.id = :id and c.peerStatus <> :release")
                .setParameter("release", PeerStatus.RELEASE).setParameter("cause", cause.name())
                .setParameter("now", Instant.now()).setParameter("id", call.id()).executeUpdate();
        if (won == 0) {
            return;
        }
        metrics.ended(call.kind(), cause);
        charging.ended(call.sessionId(), endedAt);
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
            JsonObject apns = Jsons.createObjectBuilder().add("aps", Jsons.createObjectBuilder()
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
    static Long payer(VoipCall call) {
        return call.kind() == CallKind.SIP_IN ? call.calleeUserId() : call.userId();
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

    public Optional<VoipCall> bySession(String sid) {
        if (sid == null || sid.length() != 36) {
            return Optional.empty();
        }
        List<VoipCall> found = em.createQuery("select c from VoipCall c where c.sessionId = :sid "
                        + "or c.calleeSessionId = :sid", VoipCall.class)
                .setParameter("sid", sid).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Media media(VoipCall call, boolean caller) {
        return caller ? new Media(settings.mediaIp, call.mediaPort(), settings.payloadMode, call.rssrc(),
                call.sessionId())
                : new Media(settings.mediaIp, call.mediaPort() + 2, settings.payloadMode, call.rssrc() ^ 0x5A5A5A5AL,
                call.sessionId());
    }

    static LegId leg(String sid, String role) {
        return new LegId("voip/" + sid + "/" + role);
    }

    /** An even RTP port of the media range. */
    static int mediaPort() {
        return 20000 + 2 * RANDOM.nextInt(19_990);
    }

    static long rssrc() {
        return RANDOM.nextInt() & 0xFFFFFFFFL;
    }
}
