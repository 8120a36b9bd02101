package com.switchboard.heihei.live;

import com.switchboard.platform.metrics.GaugeSource;
import com.switchboard.platform.metrics.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** heihei lives streaming now and the viewers in their rooms (service-wide), on {@code /metrics}. */
@ApplicationScoped
public class LiveMetrics implements GaugeSource {
    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void sample(Meters meters) {
        meters.level("heihei_live_rooms", "heihei lives started and not ended",
                em.createQuery("select count(l) from Live l where l.status = :live", Long.class)
                        .setParameter("live", Live.LIVE).getSingleResult());
        meters.level("heihei_live_viewers", "Viewers in the rooms of heihei lives (anchors not counted)",
                em.createQuery("select count(v) from LiveViewer v, Live l where v.liveId = l.id and v.inRoom = true "
                        + "and l.status = :live", Long.class).setParameter("live", Live.LIVE).getSingleResult());
    }
}
