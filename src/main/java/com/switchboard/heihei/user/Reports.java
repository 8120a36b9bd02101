package com.switchboard.heihei.user;

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

    public void report(long reporter, long userId, Integer reportType) {
        if (reportType == null || reportType < 1 || reportType > 4) {
            throw HeiheiFailure.badParam("reportType must be 1..4");
        }
        users.get(userId);
        em.createNativeQuery("insert into hh_report (reporter_id, user_id, report_type, created_at) "
                        + "values (?, ?, ?, ?)")
                .setParameter(1, reporter).setParameter(2, userId).setParameter(3, reportType)
                .setParameter(4, Instant.now()).executeUpdate();
    }
}
