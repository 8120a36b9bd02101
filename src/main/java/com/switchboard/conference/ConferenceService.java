package com.switchboard.conference;

import com.switchboard.conference.isv.IsvAccount;
import com.switchboard.conference.isv.IsvBalance;
import com.switchboard.conference.isv.IsvFailure;
import com.switchboard.conference.isv.IsvService;
import com.switchboard.conference.isv.IsvSettings;
import com.switchboard.conference.webhook.WebhookOutbox;

import com.switchboard.conference.ConferenceLeg.CallState;
import com.switchboard.telephony.LegId;
import com.switchboard.telephony.Telephony;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Multi-party conferences (conference.md §2): CONF-04..07 and the lifecycle of 2.1, one gateway leg per number, and a
 * CONF-08 callback per transition and a CONF-09 CDR per answered leg. Gateway events are {@link ConferenceLegEvents},
 * charging {@link ConferenceCharging}. Gateway legs are named {@code conf/<sessionId>/<leg row id>}.
 */
@Stateless
public class ConferenceService {
    static final String LEG_PREFIX = "conf/";
    /** A dialable number as the callbacks carry it (VARCHAR(20)). */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[,，]");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why the platform ended a leg or a conference (the CDR's hangup_cause when it hung up). */
    public static final String ENDED_BY_API = "CONFERENCE_ENDED";
    public static final String KICKED = "KICKED";
    public static final String NO_BALANCE = "BALANCE_EXHAUSTED";

    @PersistenceContext
    EntityManager em;
    @Inject
    IsvService isv;
    @Inject
    IsvSettings settings;
    @Inject
    IsvBalance balance;
    @Inject
    WebhookOutbox webhooks;
    @Inject
    Telephony telephony;
    @Inject
    com.switchboard.platform.realtime.RealtimeRegistry registry;

    /**
     * CONF-04 Start multi-party call: checks the signature, the numbers and the balance, and dials the caller; the
     * participants are dialled once the caller has answered and heard the prompt tone.
     *
     * @return the new sessionId (32 digits)
     */
    public String create(String identify, String caller, String phones, String userId, String timestamp,
                         String sign) {
        IsvAccount account = isv.enabledAccount(identify, timestamp, sign);
        String callerNumber = number(caller.trim(), "caller");
        Set<String> participants = numbers(phones, "phones");
        participants.remove(callerNumber);
        if (participants.isEmpty()) {
            throw new IsvFailure(IsvFailure.PARAMETER, "phones must name at least one number other than the caller");
        }
        if (1 + participants.size() > settings.maxParticipants()) {
            throw new IsvFailure(IsvFailure.PARAMETER, "at most " + settings.maxParticipants()
                    + " participants, the caller included");
        }
        if (!balance.canAffordUnit(account.id())) {
            throw new IsvFailure(IsvFailure.BALANCE, "insufficient balance");
        }
        Instant now = Instant.now();
        IsvConference c = new IsvConference(newSessionId(), account.id(), userId.trim(), callerNumber,
                String.join(",", participants), now);
        em.persist(c);
        em.flush();
        invite(c, callerNumber, true, now);
        return c.sessionId();
    }

    /** CONF-05 Add participants: only while ACTIVE; a number already on a live leg is ignored. */
    public void add(String sessionId, String calledNbr, Signed signed) {
        IsvConference c = activeConference(sessionId, signed);
        Set<String> numbers = numbers(calledNbr, "calledNbr");
        List<ConferenceLeg> live = liveLegs(c.id());
        live.forEach(l -> numbers.remove(l.number()));
        if (live.size() + numbers.size() > settings.maxParticipants()) {
            throw new IsvFailure(IsvFailure.PARAMETER, "at most " + settings.maxParticipants()
                    + " participants, the caller included");
        }
        if (numbers.isEmpty()) {
            return;
        }
        if (!balance.canAffordUnit(c.accountId())) {
            throw new IsvFailure(IsvFailure.BALANCE, "insufficient balance");
        }
        Instant now = Instant.now();
        for (String n : numbers) {
            invite(c, n, false, now);
        }
    }

    /** CONF-06 Remove participants: their live legs are hung up (DISCONNECTED or CANCEL); others are ignored. */
    public void minus(String sessionId, String calledNbr, Signed signed) {
        IsvConference c = activeConference(sessionId, signed);
        Set<String> numbers = numbers(calledNbr, "calledNbr");
        for (ConferenceLeg leg : liveLegs(c.id())) {
            if (numbers.contains(leg.number())) {
                hangUp(c, leg, KICKED);
            }
        }
    }

    /** CONF-07 End multi-party call: only once ACTIVE ({@code "6"} before, {@code "4"} after). */
    public void end(String sessionId, Signed signed) {
        IsvConference c = activeConference(sessionId, signed);
        end(c, ENDED_BY_API);
    }

    /** The optional signature of CONF-05/06/07 (Proposed): all three given, or none. */
    public record Signed(String identify, String timestamp, String sign) {
        boolean present() {
            return notBlank(identify) || notBlank(timestamp) || notBlank(sign);
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }
    }

    private IsvConference activeConference(String sessionId, Signed signed) {
        IsvConference c = bySession(sessionId.trim())
                .orElseThrow(() -> new IsvFailure(IsvFailure.SESSION, "sessionid unknown"));
        if (signed.present() || settings.requireSessionSignature()) {
            if (!Signed.notBlank(signed.identify()) || !Signed.notBlank(signed.timestamp())
                    || !Signed.notBlank(signed.sign())) {
                throw new IsvFailure(IsvFailure.SIGNATURE, "account_identify, timestamp and sign are required");
            }
            IsvAccount account = isv.enabledAccount(signed.identify(), signed.timestamp(), signed.sign());
            if (!account.id().equals(c.accountId())) {
                throw new IsvFailure(IsvFailure.SESSION, "sessionid unknown");
            }
        }
        // Serialises changes of one conference: adding, kicking, ending and legs ending.
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        if (c.state() == IsvConference.State.ENDED) {
            throw new IsvFailure(IsvFailure.SESSION, "conference already ended");
        }
        if (c.state() != IsvConference.State.ACTIVE) {
            throw new IsvFailure(IsvFailure.STATE, "the conference is not active yet (the caller has not answered "
                    + "or the prompt tone is still playing)");
        }
        return c;
    }

    public Optional<IsvConference> bySession(String sessionId) {
        List<IsvConference> found = em.createQuery("select c from IsvConference c where c.sessionId = :s",
                IsvConference.class).setParameter("s", sessionId).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<ConferenceLeg> legs(Long conferenceId) {
        return em.createQuery("select l from ConferenceLeg l where l.conferenceId = :c order by l.id",
                ConferenceLeg.class).setParameter("c", conferenceId).getResultList();
    }

    public List<ConferenceLeg> liveLegs(Long conferenceId) {
        return em.createQuery("select l from ConferenceLeg l where l.conferenceId = :c and l.state in :live "
                        + "order by l.id", ConferenceLeg.class)
                .setParameter("c", conferenceId).setParameter("live", CallState.LIVE).getResultList();
    }

    public void invite(IsvConference c, String number, boolean callerLeg, Instant now) {
        ConferenceLeg leg = new ConferenceLeg(c.id(), number, callerLeg, now, registry.instanceId());
        em.persist(leg);
        em.flush();
        webhooks.stateChanged(c, leg, CallState.INVITE, now);
        telephony.place(gatewayLeg(c, leg), number, c.caller());
    }

    static LegId gatewayLeg(IsvConference c, ConferenceLeg leg) {
        return new LegId(LEG_PREFIX + c.sessionId() + "/" + leg.id());
    }

    private void hangUp(IsvConference c, ConferenceLeg leg, String reason) {
        em.createQuery("update ConferenceLeg l set l.endReason = :r where l.id = :id and l.endReason is null")
                .setParameter("r", reason).setParameter("id", leg.id()).executeUpdate();
        telephony.hangUp(gatewayLeg(c, leg));
    }

    /** Ends a conference that has not ended: every live leg is hung up; their releases follow as events. */
    public boolean end(IsvConference c, String reason) {
        int won = em.createQuery("update IsvConference c set c.state = :ended, c.endedAt = :now, c.endReason = :r "
                        + "where c.id = :id and c.state <> :ended")
                .setParameter("ended", IsvConference.State.ENDED).setParameter("now", Instant.now())
                .setParameter("r", reason).setParameter("id", c.id()).executeUpdate();
        if (won == 0) {
            return false;
        }
        for (ConferenceLeg leg : liveLegs(c.id())) {
            hangUp(c, leg, reason);
        }
        return true;
    }

    public IsvConference lock(IsvConference c) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        return c;
    }

    static Set<String> numbers(String list, String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(list == null ? "" : list)) {
            String n = part.trim();
            if (!n.isEmpty()) {
                out.add(number(n, field));
            }
        }
        if (out.isEmpty()) {
            throw new IsvFailure(IsvFailure.PARAMETER, field + " must name at least one number");
        }
        return out;
    }

    private static String number(String n, String field) {
        if (!NUMBER.matcher(n).matches()) {
            throw new IsvFailure(IsvFailure.PARAMETER, field + " has a number that is not 3-20 digits: " + n);
        }
        return n;
    }

    private static String newSessionId() {
        StringBuilder b = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            b.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return b.toString();
    }

    /** For operations: a conference with its legs. */
    public record View(IsvConference conference, List<ConferenceLeg> legs) {
    }

    public Optional<View> view(String sessionId) {
        return bySession(sessionId).map(c -> new View(c, new ArrayList<>(legs(c.id()))));
    }
}
