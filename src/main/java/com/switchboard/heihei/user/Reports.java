package com.switchboard.heihei.user;

import com.switchboard.heihei.HeiheiLimits;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** HH-USER-16: reports kept for the operators. */
@Stateless
public class Reports {
    @PersistenceContext
    EntityManager em;
    @Inject
    HeiheiUsers users;
    @Inject
    HeiheiLimits limits;

    public void report(long reporter, long userId, Integer reportType) {
        if (reportType == null || reportType < 1 || reportType > 4) {
            throw HeiheiFailure.badParam("reportType must be 1..4");
        }
        users.get(userId);
        limits.take(HeiheiLimits.Action.REPORT, reporter, null);
        users.locked(reporter); // a burst of identical reports: one is kept
        if (!em.createNativeQuery("select 1 from hh_report where reporter_id = ?1 and user_id = ?2 and created_at > ?3")
                .setParameter(1, reporter).setParameter(2, userId).setParameter(3, Instant.now().minus(
                        java.time.Duration.ofDays(1))).setMaxResults(1).getResultList().isEmpty()) {
            return; // the operators already have this reporter's word on this user today
        }
        em.createNativeQuery("insert into hh_report (reporter_id, user_id, report_type, created_at) "
                        + "values (?, ?, ?, ?)")
                .setParameter(1, reporter).setParameter(2, userId).setParameter(3, reportType)
                .setParameter(4, Instant.now()).executeUpdate();
    }

    /** One kept report. */
    public record Report(long reporterId, long userId, int reportType, java.time.Instant createdAt) {
    }

    /** Reports of {@code userId} (all users when null), newest first, at most {@code max}. */
    public java.util.List<Report> list(Long userId, int max) {
        var q = em.createNativeQuery("select reporter_id, user_id, report_type, created_at from hh_report"
                + (userId == null ? "" : " where user_id = ?1") + " order by created_at desc", Object[].class)
                .setMaxResults(max);
        if (userId != null) {
            q.setParameter(1, userId);
        }
        java.util.List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Report(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), com.switchboard.platform.db.SqlValues.instant(r[3]))).toList();
    }
}
