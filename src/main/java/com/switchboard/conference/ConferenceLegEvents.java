package com.switchboard.conference;

import com.switchboard.conference.isv.IsvSettings;
import com.switchboard.conference.webhook.WebhookOutbox;

import com.switchboard.conference.ConferenceLeg.CallState;
import com.switchboard.telephony.LegEvent;
import com.switchboard.telephony.ReleaseCause;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The gateway's events applied to conference legs (conference.md §2.2's call_state machine) and the conference's
 * activation when the caller has heard the prompt tone (§2.1). Lock order everywhere: the conference, then its legs,
 * then the account's balance row (no deadlocks).
 */
@Stateless
public class ConferenceLegEvents {
    @Inject
    ConferenceService conferences;

    @PersistenceContext
    EntityManager em;

    @Inject
    IsvSettings settings;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    ConferenceTimers timers;

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
        conferences.lock(c);
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
            conferences.end(c, "CALLER_" + cause.name());
        } else if (conferences.liveLegs(c.id()).isEmpty()) {
            conferences.end(c, "EVERYONE_LEFT");
        }
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
            conferences.invite(c, n, false, now);
        }
    }
}
