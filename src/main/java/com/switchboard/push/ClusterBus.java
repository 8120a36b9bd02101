package com.switchboard.push;

import com.switchboard.account.DeviceSessionChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/**
 * Publishes to the {@code cluster.bus} topic. Inside a transaction the message is enlisted in it, so a wake-up is
 * delivered only once the change it announces is committed.
 */
@ApplicationScoped
public class ClusterBus {
    @Resource(lookup = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/clusterBus")
    Topic topic;

    /** A context per send: the pooled connection joins the caller's transaction if there is one. */
    public void publish(BusMessage message) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().send(topic, message.toJson());
        }
    }

    public void wake(String account, String deviceId) {
        publish(new BusMessage(BusMessage.Kind.WAKE, account, deviceId, null, System.currentTimeMillis()));
    }

    /** A login elsewhere (VOIP-38) or a logout (VOIP-02) must reach the device's parked poll on any instance. */
    void onSessionChanged(@Observes DeviceSessionChanged change) {
        wake(change.account(), change.deviceId());
    }
}
