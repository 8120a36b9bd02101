package com.switchboard.notify;

import com.switchboard.platform.bus.QueueMetrics;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

import java.io.StringReader;

/** Consumes {@code notify.deliver} (activation spec {@code jms/notifyDeliverAS}): one attempt of one batch. */
@MessageDriven(name = "NotifyDeliverListener")
public class NotifyDeliverListener implements MessageListener {
    @Inject
    QueueMetrics queues;
    @Inject
    NotifyService notify;

    @Override
    public void onMessage(Message message) {
        queues.received("notify.deliver", message);
        try (var reader = Jsons.createReader(new StringReader(((TextMessage) message).getText()))) {
            JsonObject m = reader.readObject();
            notify.deliver(m.getJsonNumber("batch").longValue(), m.getInt("attempt"));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
