package com.switchboard.push;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance's subscriber to {@code cluster.bus} (activation spec {@code jms/clusterBusAS}, bound in
 * ibm-ejb-jar-bnd.xml). Not transacted: a wake-up is a hint, the state it points at is already committed.
 */
@MessageDriven(name = "ClusterBusListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterBusListener implements MessageListener {
    private static final Logger LOG = Logger.getLogger(ClusterBusListener.class.getName());

    @Inject
    PushChannel channel;

    @Override
    public void onMessage(Message message) {
        try {
            channel.onBus(BusMessage.fromJson(((TextMessage) message).getText()));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Dropped cluster bus message", e);
        }
    }
}
