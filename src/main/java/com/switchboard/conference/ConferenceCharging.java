package com.switchboard.conference;

import com.switchboard.conference.isv.IsvBalance;
import com.switchboard.conference.isv.IsvSettings;

import com.switchboard.conference.ConferenceLeg.CallState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Conference legs charged per started unit of connected time (conference.md §2): minutes first, then money, never
 * below zero, never a unit twice.
 */
@Stateless
public class ConferenceCharging {
    @Inject
    ConferenceService conferences;

    @PersistenceContext
    EntityManager em;

    @Inject
    IsvSettings settings;

    @Inject
    IsvBalance balance;

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
        IsvConference c = conferences.lock(em.find(IsvConference.class, leg.conferenceId()));
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
                conferences.end(c, ConferenceService.NO_BALANCE);
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
}
