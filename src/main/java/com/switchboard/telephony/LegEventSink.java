package com.switchboard.telephony;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a gateway's events go: every state event to the {@code telephony.events} queue, so any instance can apply
 * it; media stats directly.
 */
@ApplicationScoped
public class LegEventSink {
    private static final Logger LOG = Logger.getLogger(LegEventSink.class.getName());

    @Resource(name = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(name = "jms/telephonyEvents")
    Queue events;
    @Inject
    Event<LegEvent> legEvents;

    public void accept(LegEvent event) {
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
}
