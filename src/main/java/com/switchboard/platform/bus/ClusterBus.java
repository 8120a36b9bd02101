package com.switchboard.platform.bus;

import com.switchboard.platform.tx.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes to the {@code cluster.bus} topic (DESIGN.md §4): every instance receives every message and only the one
 * holding the addressed connection acts. A message published inside a transaction is sent only once that
 * transaction has committed (nothing for a rollback), in publishing order, by one sender thread; so a request that
 * otherwise touches only the database commits in one phase instead of a two-phase commit with the broker.
 */
@ApplicationScoped
public class ClusterBus {
    /** JMS string property naming the feature a message belongs to. */
    static final String FEATURE = "feature";
    private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());
    private static final Object PENDING_KEY = new Object();

    @Resource(name = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(name = "jms/clusterBus")
    Topic topic;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Resource
    ManagedExecutorService executor;

    private record Message(String feature, JsonObject body) {
    }

    private final ConcurrentLinkedQueue<Message> committed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    public void publish(String feature, JsonObject body) {
        if (transactions.getTransactionKey() == null) {
            send(new Message(feature, body));
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            // Completing (e.g. from an after-commit callback): WildFly's adapter refuses a session on a thread whose
            // transaction is committed, so the sender thread, outside any transaction, sends it in order.
            toSender(List.of(new Message(feature, body)));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Message> pending = (List<Message>) transactions.getResource(PENDING_KEY);
        if (pending == null) {
            List<Message> fresh = new ArrayList<>();
            transactions.putResource(PENDING_KEY, fresh);
            AfterCommit.run(transactions, () -> toSender(fresh));
            pending = fresh;
        }
        pending.add(new Message(feature, body));
    }

    private void toSender(List<Message> messages) {
        committed.addAll(messages);
        drain();
    }

    /** One drainer at a time keeps the commit order of messages. */
    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            try (JMSContext jms = connectionFactory.createContext()) {
                var producer = jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
                for (Message m = committed.poll(); m != null; m = committed.poll()) {
                    try {
                        producer.setProperty(FEATURE, m.feature()).send(topic, m.body().toString());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not publish a " + m.feature() + " message on the bus", e);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cluster bus sender failed; later messages retry with a new context", e);
            } finally {
                draining.set(false);
                if (!committed.isEmpty()) {
                    drain();
                }
            }
        });
    }

    private void send(Message m) {
        try (JMSContext jms = connectionFactory.createContext()) {
            // A bus message is a hint or a frame to relay; the state it announces is in the database. Not persisted:
            // a broker crash loses at most wake-ups, and parked polls then answer at their hold time.
            jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).setProperty(FEATURE, m.feature())
                    .send(topic, m.body().toString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not publish a " + m.feature() + " message on the cluster bus", e);
        }
    }
}
