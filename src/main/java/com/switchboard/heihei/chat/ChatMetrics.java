package com.switchboard.heihei.chat;

import com.switchboard.platform.metrics.GaugeSource;
import com.switchboard.platform.metrics.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Users waiting to be matched (HH-CHAT-01), service-wide, on {@code /metrics}. */
@ApplicationScoped
public class ChatMetrics implements GaugeSource {
    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void sample(Meters meters) {
        meters.level("heihei_matches_waiting", "heihei users waiting for a chat match",
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM hh_match_wait").getSingleResult()).longValue());
    }
}
