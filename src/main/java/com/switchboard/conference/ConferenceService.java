package com.switchboard.conference;

import com.switchboard.conference.ConferenceLeg.CallState;
import com.switchboard.telephony.LegEvent;
import com.switchboard.telephony.LegId;
import com.switchboard.telephony.ReleaseCause;
import com.switchboard.telephony.Telephony;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Multi-party conferences (conference.md §2): the lifecycle of 2.1, one gateway leg per number with the call_state
 * machine of 2.2, charging per started unit of connected time, and a CONF-08 callback per transition and a CONF-09
 * CDR per answered leg. Gateway legs are named {@code conf/<sessionId>/<leg row id>}.
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
    ConferenceTimers timers;

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

    private List<ConferenceLeg> liveLegs(Long conferenceId) {
        return em.createQuery("select l from ConferenceLeg l where l.conferenceId = :c and l.state in :live "
                        + "order by l.id", ConferenceLeg.class)
                .setParameter("c", conferenceId).setParameter("live", CallState.LIVE).getResultList();
    }

    private void invite(IsvConference c, String number, boolean callerLeg, Instant now) {
        ConferenceLeg leg = new ConferenceLeg(c.id(), number, callerLeg, now);
        em.persist(leg);
        em.flush();
        webhooks.stateChanged(c, leg, CallState.INVITE, now);
        telephony.place(gatewayLeg(c, leg), number, c.caller());
    }

    private static LegId gatewayLeg(IsvConference c, ConferenceLeg leg) {
        return new LegId(LEG_PREFIX + c.sessionId() + "/" + leg.id());
    }

    private void hangUp(IsvConference c, ConferenceLeg leg, String reason) {
        em.createQuery("update ConferenceLeg l set l.endReason = :r where l.id = :id and l.endReason is null")
                .setParameter("r", reason).setParameter("id", leg.id()).executeUpdate();
        telephony.hangUp(gatewayLeg(c, leg));
    }

    /** Ends a conference that has not ended: every live leg is hung up; their releases follow as events. */
    private boolean end(IsvConference c, String reason) {
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

    /** Applies a gateway event to the leg it names (the {@code telephony.events} message's transaction). */
    public void onLegEvent(LegEvent event) {
        String[] parts = event.leg().value().split("/");
        if (parts.length != 3 || event instanceof LegEvent.Trying || event instanceof LegEvent.Stats) {
            return;
        }
        ConferenceLeg leg;
        try {
            leg = em.find(ConferenceLeg.class, Long.valueOf(parts[2]));
        } catch (NumberFormatException e) {
            return;
        }
        if (leg == null) {
            return;
        }
        IsvConference c = em.find(IsvConference.class, leg.conferenceId());
        if (c == null || !c.sessionId().equals(parts[1])) {
            return;
        }
        // Lock order everywhere: the conference, then its legs, then the account's balance row (no deadlocks).
        lock(c);
        em.refresh(leg);
        Instant now = Instant.now();
        if (event instanceof LegEvent.Ringing) {
            if (move(leg, List.of(CallState.INVITE), CallState.RINGING, "", now)) {
                webhooks.stateChanged(c, leg, CallState.RINGING, now);
            }
        } else if (event instanceof LegEvent.Answered) {
            answered(c, leg, now);
        } else if (event instanceof LegEvent.Released released) {
            released(c, leg, released.cause(), now);
        }
    }

    private void answered(IsvConference c, ConferenceLeg leg, Instant now) {
        // The first unit falls due at once; the sweep charges it (see chargeNext).
        if (!move(leg, List.of(CallState.INVITE, CallState.RINGING), CallState.ANSWERED,
                ", l.answeredAt = :now, l.nextChargeAt = :now", now)) {
            return;
        }
        webhooks.stateChanged(c, leg, CallState.ANSWERED, now);
        if (leg.callerLeg()) {
            // 2.1: the caller hears the prompt tone; a timer activates the conference when it has played.
            Instant at = now.plus(settings.prompt());
            int set = em.createQuery("update IsvConference c set c.activateAt = :at where c.id = :id "
                            + "and c.state = :created").setParameter("at", at).setParameter("id", c.id())
                    .setParameter("created", IsvConference.State.CREATED).executeUpdate();
            if (set == 1) {
                timers.activateAt(c.id(), at);
            }
        }
    }

    private void released(IsvConference c, ConferenceLeg leg, ReleaseCause cause, Instant now) {
        CallState from = leg.state();
        if (from.terminal()) {
            return;
        }
        CallState to = from == CallState.ANSWERED ? CallState.DISCONNECTED
                : cause == ReleaseCause.CANCELLED ? CallState.CANCEL : CallState.FAILED;
        String hangupCause = leg.endReason() != null ? leg.endReason() : cause.name();
        // An answered leg's last units are settled by the sweep: due now.
        int moved = em.createQuery("update ConferenceLeg l set l.state = :to, l.endedAt = :now, "
                        + "l.hangupCause = :cause, l.nextChargeAt = :settle where l.id = :id and l.state = :from")
                .setParameter("to", to).setParameter("now", now).setParameter("cause", hangupCause)
                .setParameter("settle", from == CallState.ANSWERED ? now : null)
                .setParameter("id", leg.id()).setParameter("from", from).executeUpdate();
        if (moved == 0) {
            return;
        }
        em.refresh(leg);
        webhooks.stateChanged(c, leg, to, now);
        if (from == CallState.ANSWERED) {
            webhooks.legRecorded(c, leg);
        }
        if (c.state() == IsvConference.State.ENDED) {
            return;
        }
        if (c.state() == IsvConference.State.CREATED && leg.callerLeg()) {
            end(c, "CALLER_" + cause.name());
        } else if (liveLegs(c.id()).isEmpty()) {
            end(c, "EVERYONE_LEFT");
        }
    }

    private IsvConference lock(IsvConference c) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        return c;
    }

    private boolean move(ConferenceLeg leg, List<CallState> from, CallState to, String set, Instant now) {
        var update = em.createQuery("update ConferenceLeg l set l.state = :to" + set
                        + " where l.id = :id and l.state in :from")
                .setParameter("to", to).setParameter("id", leg.id()).setParameter("from", from);
        if (!set.isEmpty()) {
            update.setParameter("now", now);
        }
        boolean moved = update.executeUpdate() == 1;
        if (moved) {
            em.refresh(leg);
        }
        return moved;
    }

    /** Conferences whose activation is overdue by {@code grace} (its timer was lost), for the sweep. */
    public List<Long> overdueActivations(Duration grace) {
        return em.createQuery("select c.id from IsvConference c where c.state = :created and c.activateAt <= :due",
                        Long.class).setParameter("created", IsvConference.State.CREATED)
                .setParameter("due", Instant.now().minus(grace)).setMaxResults(200).getResultList();
    }

    /** 2.1: the caller answered and the prompt tone finished: ACTIVE, and every number in {@code phones} dialled. */
    public void activate(Long conferenceId) {
        Instant now = Instant.now();
        int won = em.createQuery("update IsvConference c set c.state = :active where c.id = :id "
                        + "and c.state = :created and c.activateAt <= :now")
                .setParameter("active", IsvConference.State.ACTIVE).setParameter("id", conferenceId)
                .setParameter("created", IsvConference.State.CREATED).setParameter("now", now).executeUpdate();
        if (won == 0) {
            return;
        }
        IsvConference c = em.find(IsvConference.class, conferenceId);
        em.refresh(c);
        for (String n : c.phones()) {
            invite(c, n, false, now);
        }
    }

    /** Legs with a charge due (the next unit of a connected leg, or the settlement of an ended one), for the sweep. */
    public List<Long> dueCharges() {
        return em.createQuery("select l.id from ConferenceLeg l where l.nextChargeAt <= :now order by l.nextChargeAt",
                        Long.class).setParameter("now", Instant.now()).setMaxResults(500).getResultList();
    }

    /**
     * Charging, in its own short database transaction per leg, so that the account's balance row (which every leg of
     * the account debits) is locked only briefly and never inside a gateway event's transaction. A connected leg pays
     * each unit as it starts; when one cannot be paid, the conference ends. An ended leg pays every started unit of
     * its connected time, as far as the balance goes.
     */
    public void chargeNext(Long legId) {
        ConferenceLeg leg = em.find(ConferenceLeg.class, legId);
        if (leg == null) {
            return;
        }
        IsvConference c = lock(em.find(IsvConference.class, leg.conferenceId()));
        em.refresh(leg);
        Instant now = Instant.now();
        if (leg.nextChargeAt() == null || leg.nextChargeAt().isAfter(now) || leg.answeredAt() == null) {
            return;
        }
        Duration unitLength = settings.chargeUnit();
        if (leg.state() == CallState.ANSWERED) {
            int unit = leg.chargedUnits() + 1;
            Instant dueAt = leg.answeredAt().plus(unitLength.multipliedBy(unit - 1));
            if (!dueAt.isAfter(now) && !balance.charge(legId, c.accountId(), unit, dueAt.plus(unitLength))) {
                end(c, NO_BALANCE);
            }
            return;
        }
        long unitMillis = unitLength.toMillis();
        long connected = Duration.between(leg.answeredAt(), leg.endedAt()).toMillis();
        int due = (int) Math.max(1, (connected + unitMillis - 1) / unitMillis);
        for (int unit = leg.chargedUnits() + 1; unit <= due; unit++) {
            if (!balance.charge(legId, c.accountId(), unit, null)) {
                break;
            }
        }
        em.createQuery("update ConferenceLeg l set l.nextChargeAt = null where l.id = :id")
                .setParameter("id", legId).executeUpdate();
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
