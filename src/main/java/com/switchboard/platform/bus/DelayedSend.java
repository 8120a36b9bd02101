package com.switchboard.platform.bus;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;

import java.time.Duration;

/** A text message to a queue, delivered no earlier than {@code delay} from now (JMS delivery delay). */
public final class DelayedSend {
    private DelayedSend() {
    }

    public static void send(ConnectionFactory connectionFactory, Queue queue, String body, Duration delay) {
        try (JMSContext jms = connectionFactory.createContext()) {
            JMSProducer producer = jms.createProducer();
            if (!delay.isZero() && !delay.isNegative()) {
                producer.setDeliveryDelay(delay.toMillis());
            }
            producer.send(queue, body);
        }
    }
}
