package com.switchboard.billing.charging;

import com.switchboard.billing.wallet.WalletService;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * VOIP-59 call detail records in the ltalk format, from our own charged legs: one record per leg that reached a phone
 * and has ended, newest first.
 */
@Stateless
public class CallRecords {
    /** ltalk's unpadded {@code yyyy-M-d-H-m-s}. */
    static final DateTimeFormatter LTALK_TIME = DateTimeFormatter.ofPattern("yyyy-M-d-H-m-s");
    static final int MAX_RECORDS = 1000;

    /**
     * @param charge     minutes billed
     * @param pkgMinutes of those, minutes paid from a package or gift minutes
     * @param cost       coins paid
     */
    public record Cdr(String caller, String called, String startTime, String endTime, BigDecimal cost, int charge,
                      int pkgMinutes, String recurl) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    WalletService wallets;

    /** The user under an ltalk (company, employer) pair, stored when the account was provisioned (VOIP-63). */
    public Optional<Long> employer(String companyId, String employerId) {
        return em.createNativeQuery("SELECT user_id FROM ltalk_employer WHERE company_id = ?1 AND employer_id = ?2")
                .setParameter(1, companyId).setParameter(2, employerId).getResultList().stream().findFirst()
                .map(id -> ((Number) id).longValue());
    }

    /**
     * Puts the user under an ltalk (company, employer) pair; {@code replace} moves a user already under another pair,
     * otherwise that pair stays. A pair held by another user is {@code employer_already_mapped}.
     */
    public void assignEmployer(Long userId, String companyId, String employerId, boolean replace) {
        Optional<Long> holder = employer(companyId, employerId);
        if (holder.isPresent()) {
            if (!holder.get().equals(userId)) {
                throw new com.switchboard.platform.wire.LworkFailure("employer_already_mapped");
            }
            return;
        }
        boolean mapped = !em.createNativeQuery("SELECT 1 FROM ltalk_employer WHERE user_id = ?1")
                .setParameter(1, userId).getResultList().isEmpty();
        if (mapped && !replace) {
            return;
        }
        if (mapped) {
            em.createNativeQuery("DELETE FROM ltalk_employer WHERE user_id = ?1").setParameter(1, userId)
                    .executeUpdate();
        }
        em.createNativeQuery("INSERT INTO ltalk_employer (user_id, company_id, employer_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, userId).setParameter(2, companyId).setParameter(3, employerId).executeUpdate();
    }

    public List<Cdr> records(Long userId) {
        return em.createQuery("select l from BillingCallLeg l where l.userId = :u and l.state in :ended "
                        + "order by l.answeredAt desc, l.id desc", BillingCallLeg.class)
                .setParameter("u", userId)
                .setParameter("ended", List.of(BillingCallLeg.State.ENDED, BillingCallLeg.State.SETTLED))
                .setMaxResults(MAX_RECORDS).getResultStream()
                .map(l -> new Cdr(l.caller(), l.called(), time(l.answeredAt()), time(l.endedAt()),
                        l.coins().setScale(2), l.units(), l.pkgMinutes() + l.giftMinutes(), ""))
                .toList();
    }

    private String time(Instant at) {
        return LTALK_TIME.format(at.atZone(wallets.zone()));
    }
}
