package com.switchboard.conference;

import com.switchboard.conference.webhook.IsvWebhook;
import com.switchboard.conference.webhook.WebhookOutbox;
import com.switchboard.platform.metrics.GaugeSource;
import com.switchboard.platform.metrics.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Map;

/** ISV conferences not yet ended and CONF-08/09 callbacks waiting or dead-lettered (service-wide). */
@ApplicationScoped
public class ConferenceMetrics implements GaugeSource {
    @PersistenceContext
    EntityManager em;
    @Inject
    WebhookOutbox webhooks;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void sample(Meters meters) {
        long live = em.createQuery("select count(c) from IsvConference c where c.state <> :ended", Long.class)
                .setParameter("ended", IsvConference.State.ENDED).getSingleResult();
        meters.level("isv_conferences_live", "ISV conferences created or active, not ended", live);
        Map<String, Long> counts = webhooks.counts(null);
        meters.level("isv_webhooks_pending", "ISV callbacks not yet delivered, still being retried",
                counts.getOrDefault(IsvWebhook.PENDING, 0L));
        meters.level("isv_webhooks_dead_lettered", "ISV callbacks given up (DEAD) or refused (REJECTED)",
                counts.getOrDefault(IsvWebhook.DEAD, 0L) + counts.getOrDefault(IsvWebhook.REJECTED, 0L));
    }
}
