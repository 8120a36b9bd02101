package com.switchboard.notify;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.metrics.Count;
import com.switchboard.platform.metrics.Meters;

/**
 * Rule 6.1 on {@code /metrics}: counters per instance, and the pending count of the whole service (refreshed by
 * {@link NotifySweeper} from the database, so every instance reports the same figure).
 */
@ApplicationScoped
public class NotifyMetrics {
    private static final String PENDING = "Notified uids not yet acknowledged, read or expired";

    @Inject
    Meters registry;

    private Count deliveries;
    private Count redeliveries;
    private Count acks;
    private Count expired;
    private Count idleArrivals;

    @PostConstruct
    void register() {
        deliveries = counter("notify_deliveries", "Pushes of new_email_arrived / new_oa_arrived sent (any attempt)");
        redeliveries = counter("notify_redeliveries", "Of those, redeliveries of still-pending uids");
        acks = counter("notify_acks", "Pending uids ended by an acknowledgement (VOIP-43/45)");
        expired = counter("notify_expired", "Pending uids given up after the maximum age (24 h)");
        idleArrivals = counter("mail_idle_arrivals",
                "Mail arrivals told by IMAP IDLE (checked at once, not at the next poll)");
        registry.level("notify_pending", PENDING, 0);
    }

    private Count counter(String name, String description) {
        return registry.counter(name, description);
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
        registry.level("notify_pending", PENDING, n);
    }
}
