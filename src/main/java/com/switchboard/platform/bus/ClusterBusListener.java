package com.switchboard.platform.bus;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import com.switchboard.platform.binding.Jsons;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance's subscriber to {@code cluster.bus} (activation spec {@code jms/clusterBusAS} in
 * ibm-ejb-jar-bnd.xml on Open Liberty, the destination in jboss-ejb3.xml on WildFly). Not transacted: a bus message
 * is a hint or a frame to relay; the state behind it is already committed.
 */
@MessageDriven(name = "ClusterBusListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterBusListener implements MessageListener {
    private static final Logger LOG = Logger.getLogger(ClusterBusListener.class.getName());

    @Inject
    Event<BusDelivery> deliveries;

    @Override
    public void onMessage(Message message) {
        try (var reader = Jsons.createReader(new StringReader(((TextMessage) message).getText()))) {
            deliveries.fire(new BusDelivery(message.getStringProperty(ClusterBus.FEATURE), reader.readObject()));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Dropped cluster bus message", e);
        }
    }
}
