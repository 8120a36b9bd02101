package com.switchboard.push;

import com.switchboard.platform.bus.QueueMetrics;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import com.switchboard.platform.binding.Jsons;

import java.io.StringReader;

/** Consumes {@code push.dispatch} (activation spec {@code jms/pushDispatchAS}): one device delivery per message. */
@MessageDriven(name = "PushDispatchListener")
public class PushDispatchListener implements MessageListener {
    @Inject
    QueueMetrics queues;
    @Inject
    PushDelivery delivery;

    @Override
    public void onMessage(Message message) {
        queues.received("push.dispatch", message);
        try (var reader = Jsons.createReader(new StringReader(((TextMessage) message).getText()))) {
            delivery.deliver(reader.readObject());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
