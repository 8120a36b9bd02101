package com.switchboard.call;

import com.switchboard.platform.metrics.GaugeSource;
import com.switchboard.platform.metrics.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import com.switchboard.telephony.ReleaseCause;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** lwork calls on {@code /metrics}: live calls by kind (service-wide), started and ended, p2p invitations. */
@ApplicationScoped
public class CallMetrics implements GaugeSource {
    @Inject
    Meters meters;
    @PersistenceContext
    EntityManager em;

    void started(CallKind kind) {
        meters.count("calls_started", "lwork calls started, by kind", "kind", label(kind));
    }

    void ended(CallKind kind, ReleaseCause cause) {
        meters.count("calls_ended", "lwork calls released, by kind and release cause", "kind", label(kind),
                "cause", cause.name().toLowerCase(Locale.ROOT));
    }

    void invited() {
        meters.count("call_p2p_invitations", "p2p_inform_called invitations sent to a callee's app");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void sample(Meters meters) {
        Map<CallKind, Long> live = new EnumMap<>(CallKind.class);
        for (CallKind kind : CallKind.values()) {
            live.put(kind, 0L);
        }
        em.createQuery("select c.kind, count(c) from VoipCall c where c.peerStatus <> :release group by c.kind",
                        Object[].class).setParameter("release", PeerStatus.RELEASE).getResultList()
                .forEach(row -> live.put((CallKind) row[0], ((Number) row[1]).longValue()));
        live.forEach((kind, n) -> meters.level("calls_live", "lwork calls not yet released, by kind", n,
                "kind", label(kind)));
    }

    private static String label(CallKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
