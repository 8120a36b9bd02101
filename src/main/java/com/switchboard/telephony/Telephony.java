package com.switchboard.telephony;

import com.switchboard.platform.bus.BusDelivery;
import com.switchboard.platform.bus.ClusterBus;
import com.switchboard.platform.tx.AfterCommit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's gateway and the plumbing around it: legs are placed only once the call row that names them is
 * committed; every state event goes to the {@code telephony.events} queue, so any instance can apply it (media
 * stats are applied directly); hang-ups and
 * DTMF for a leg held by another instance reach it over {@code cluster.bus}.
 */
@ApplicationScoped
public class Telephony {
    static final String FEATURE = "telephony";
    private static final Logger LOG = Logger.getLogger(Telephony.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource(lookup = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/telephonyEvents")
    Queue events;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    ClusterBus bus;
    @Inject
    Event<LegEvent> legEvents;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.ring-millis", defaultValue = "100")
    long ringMillis;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.answer-millis", defaultValue = "500")
    long answerMillis;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.no-answer-seconds", defaultValue = "60")
    long noAnswerSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.stats-seconds", defaultValue = "1")
    long statsSeconds;

    private TelephonyGateway gateway;

    @PostConstruct
    void start() {
        gateway = new SimulatedGateway(this::forward, scheduler, new SimulatedGateway.Timing(
                Duration.ofMillis(ringMillis), Duration.ofMillis(answerMillis), Duration.ofSeconds(noAnswerSeconds),
                Duration.ofSeconds(statsSeconds)));
    }

    private void forward(LegEvent event) {
        if (event instanceof LegEvent.Stats) {
            // Media stats are a reading, not a state change: applied here in a database-only transaction (a lost
            // one is replaced a second later) rather than as one XA-transacted queue message per call per second.
            try {
                legEvents.fire(event);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Dropped stats of " + event.leg().value(), e);
            }
            return;
        }
        try (JMSContext jms = connectionFactory.createContext()) {
            // One group per leg: a broker that honours JMSXGroupID (Artemis) hands a leg's events to one consumer in
            // order; the call state machines also tolerate reordering (conditional updates, release is final).
            jms.createProducer().setProperty("JMSXGroupID", event.leg().value())
                    .send(events, LegEvents.toJson(event).toString());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not queue leg event " + event, e);
        }
    }

    /** Places the leg when the current transaction commits (at once without one); nothing if it rolls back. */
    public void place(LegId leg, String number, String caller) {
        AfterCommit.run(transactions, () -> gateway.place(leg, number, caller));
    }

    /** Hangs the leg up wherever it is held, once the current transaction commits. */
    public void hangUp(LegId leg) {
        bus.publish(FEATURE, Json.createObjectBuilder().add("op", "hangup").add("leg", leg.value()).build());
    }

    /** Answers an offered inbound leg wherever it is held, once the current transaction commits. */
    public void answer(LegId leg) {
        bus.publish(FEATURE, Json.createObjectBuilder().add("op", "answer").add("leg", leg.value()).build());
    }

    /** Simulation: the caller of an offered leg hangs up, on whichever instance holds it. */
    public void farEndHangsUp(LegId leg) {
        bus.publish(FEATURE, Json.createObjectBuilder().add("op", "far-end-hangup").add("leg", leg.value()).build());
    }

    /** The simulated gateway, when it is the one in use (operators drive its inbound calls). */
    public java.util.Optional<SimulatedGateway> simulated() {
        return gateway instanceof SimulatedGateway s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    /** Sends DTMF on the leg here, or on the instance that holds it. */
    public void sendDtmf(LegId leg, String digits) {
        if (!gateway.sendDtmf(leg, digits)) {
            bus.publish(FEATURE, Json.createObjectBuilder().add("op", "dtmf").add("leg", leg.value())
                    .add("digits", digits).build());
        }
    }

    void onBus(@Observes BusDelivery delivery) {
        if (!delivery.is(FEATURE)) {
            return;
        }
        LegId leg = new LegId(delivery.body().getString("leg", ""));
        String op = delivery.body().getString("op", "");
        if ("hangup".equals(op)) {
            gateway.hangUp(leg);
        } else if ("answer".equals(op)) {
            gateway.answer(leg);
        } else if ("far-end-hangup".equals(op)) {
            simulated().ifPresent(g -> g.farEndHangsUp(leg));
        } else {
            gateway.sendDtmf(leg, delivery.body().getString("digits", ""));
        }
    }
}
