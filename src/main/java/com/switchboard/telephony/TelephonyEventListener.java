package com.switchboard.telephony;

import com.switchboard.platform.bus.QueueMetrics;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import com.switchboard.platform.binding.Jsons;

import java.io.StringReader;

/**
 * Consumes {@code telephony.events} (activation spec {@code jms/telephonyEventsAS}) and fires each as a CDI
 * {@link LegEvent} inside the message's transaction: the feature that owns the leg applies it, and a failure rolls
 * the message back for redelivery.
 */
@MessageDriven(name = "TelephonyEventListener")
public class TelephonyEventListener implements jakarta.jms.MessageListener {
    @Inject
    QueueMetrics queues;
    @Inject
    Event<LegEvent> legEvents;

    @Override
    public void onMessage(Message message) {
        queues.received("telephony.events", message);
        String text;
        try {
            text = ((TextMessage) message).getText();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        try (var reader = Jsons.createReader(new StringReader(text))) {
            legEvents.fire(LegEvents.fromJson(reader.readObject()));
        }
    }
}
