package com.switchboard.notify;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Rule 6.1 on {@code /metrics}: counters per instance, and the pending count of the whole service (refreshed by
 * {@link NotifySweeper} from the database, so every instance reports the same figure).
 */
@ApplicationScoped
public class NotifyMetrics {
    @Inject
    MetricRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private Counter deliveries;
    private Counter redeliveries;
    private Counter acks;
    private Counter expired;
    private Counter idleArrivals;

    @PostConstruct
    void register() {
        deliveries = counter("notify_deliveries", "Pushes of new_email_arrived / new_oa_arrived sent (any attempt)");
        redeliveries = counter("notify_redeliveries", "Of those, redeliveries of still-pending uids");
        acks = counter("notify_acks", "Pending uids ended by an acknowledgement (VOIP-43/45)");
        expired = counter("notify_expired", "Pending uids given up after the maximum age (24 h)");
        idleArrivals = counter("mail_idle_arrivals",
                "Mail arrivals told by IMAP IDLE (checked at once, not at the next poll)");
        registry.gauge(Metadata.builder().withName("notify_pending")
                        .withDescription("Notified uids not yet acknowledged, read or expired").build(),
                pending, AtomicLong::get);
    }

    private Counter counter(String name, String description) {
        return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
    }

    void delivered(boolean redelivery) {
        deliveries.inc();
        if (redelivery) {
            redeliveries.inc();
        }
    }

    void acked(long n) {
        acks.inc(n);
    }

    void expired(long n) {
        expired.inc(n);
    }

    void idleArrival() {
        idleArrivals.inc();
    }

    void pending(long n) {
        pending.set(n);
    }
}
