package com.switchboard.platform.bus;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.JsonObject;

/**
 * Publishes to the {@code cluster.bus} topic (DESIGN.md §4): every instance receives every message and only the one
 * holding the addressed connection acts. Inside a transaction the message is enlisted in it, so it is delivered only
 * once the change it announces is committed.
 */
@ApplicationScoped
public class ClusterBus {
    /** JMS string property naming the feature a message belongs to. */
    static final String FEATURE = "feature";

    @Resource(lookup = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/clusterBus")
    Topic topic;

    /** A context per send: the pooled connection joins the caller's transaction if there is one. */
    public void publish(String feature, JsonObject body) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setProperty(FEATURE, feature).send(topic, body.toString());
        }
    }
}
