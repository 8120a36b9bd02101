package com.switchboard.platform.bus;

import com.switchboard.platform.metrics.GaugeSource;
import com.switchboard.platform.metrics.Meters;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The work queues on {@code /metrics}: messages waiting in each (browsed every few seconds; messages scheduled for
 * later delivery are not counted until due) and redeliveries seen by its listener.
 */
@ApplicationScoped
public class QueueMetrics implements GaugeSource {
    private static final int MAX_COUNTED = 100_000;

    @Inject
    Meters meters;
    @Resource(name = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(name = "jms/telephonyEvents")
    Queue telephonyEvents;
    @Resource(name = "jms/pushDispatch")
    Queue pushDispatch;
    @Resource(name = "jms/notifyDeliver")
    Queue notifyDeliver;
    @Resource(name = "jms/webhookDeliver")
    Queue webhookDeliver;

    /** A listener took {@code message} from {@code queue} (its address, e.g. {@code push.dispatch}). */
    public void received(String queue, Message message) {
        meters.count("jms_messages_received", "Messages taken from a work queue by this instance", "queue", queue);
        try {
            if (message.getJMSRedelivered()) {
                meters.count("jms_redeliveries", "Messages delivered again after a rolled-back attempt",
                        "queue", queue);
            }
        } catch (JMSException e) {
            // the provider cannot say: not counted
        }
    }

    @Override
    public void sample(Meters meters) {
        Map<String, Queue> queues = new LinkedHashMap<>();
        queues.put("telephony.events", telephonyEvents);
        queues.put("push.dispatch", pushDispatch);
        queues.put("notify.deliver", notifyDeliver);
        queues.put("webhook.deliver", webhookDeliver);
        try (JMSContext context = connectionFactory.createContext()) {
            for (var q : queues.entrySet()) {
                meters.level("jms_queue_depth", "Messages waiting in a work queue (due now)", depth(context, q.getValue()),
                        "queue", q.getKey());
            }
        }
    }

    private static long depth(JMSContext context, Queue queue) {
        try (QueueBrowser browser = context.createBrowser(queue)) {
            long n = 0;
            for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements() && n < MAX_COUNTED; e.nextElement()) {
                n++;
            }
            return n;
        } catch (JMSException e) {
            throw new IllegalStateException("could not browse " + queue, e);
        }
    }
}
