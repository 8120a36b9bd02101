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
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes to the {@code cluster.bus} topic (DESIGN.md §4): every instance receives every message and only the one
 * holding the addressed connection acts. One sender thread sends every message in publishing order (the receivers
 * take them one at a time, so each instance handles them in that order); one published inside a transaction is
 * queued once that transaction has committed (nothing for a rollback), so a request that otherwise touches only the
 * database commits in one phase instead of a two-phase commit with the broker.
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
        Message message = new Message(feature, body);
        // Outside a transaction, or completing (an after-commit callback, where WildFly's adapter refuses a session),
        // it goes to the sender at once: sending here, on a pooled connection of its own, let a later message reach
        // the broker first.
        if (!AfterCommit.batch(transactions, PENDING_KEY, message, this::toSender)) {
            toSender(List.of(message));
        }
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
        try {
            executor.execute(this::sendQueued);
        } catch (java.util.concurrent.RejectedExecutionException e) { // stopping: the next publish tries again
            draining.set(false);
            LOG.log(Level.WARNING, "Cluster bus sender could not start; " + committed.size() + " messages wait", e);
        }
    }

    private void sendQueued() {
        try (JMSContext jms = connectionFactory.createContext()) {
            // A bus message is a hint or a frame to relay; the state it announces is in the database. Not
            // persisted: a broker crash loses at most wake-ups, and parked polls then answer at their hold time.
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
    }
}
