package com.switchboard.conference.webhook;

import com.switchboard.platform.bus.QueueMetrics;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

import java.io.StringReader;

/**
 * Consumes {@code webhook.deliver} (activation spec {@code jms/webhookDeliverAS}): one attempt of one callback. Not
 * transacted: the HTTP call must not hold a transaction; the outbox row is the truth and recovery re-queues an
 * attempt whose message was lost.
 */
@MessageDriven(name = "WebhookDeliverListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDeliverListener implements MessageListener {
    @Inject
    QueueMetrics queues;
    @Inject
    WebhookDelivery delivery;

    @Override
    public void onMessage(Message message) {
        queues.received("webhook.deliver", message);
        try (var reader = Jsons.createReader(new StringReader(((TextMessage) message).getText()))) {
            JsonObject m = reader.readObject();
            delivery.deliver(m.getJsonNumber("webhook").longValue(), m.getInt("attempt"));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
