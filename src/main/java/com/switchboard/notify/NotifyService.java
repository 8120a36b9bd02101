package com.switchboard.notify;

import com.switchboard.account.AccountDirectory;
import com.switchboard.account.DeviceSessionChanged;
import com.switchboard.account.Party;
import com.switchboard.platform.reach.Recipient;
import com.switchboard.push.DeviceMessage;
import com.switchboard.push.DevicePush;
import com.switchboard.platform.bus.DelayedSend;
import com.switchboard.push.LongPollChannel;
import com.switchboard.push.Reach;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Acknowledgement rule 6.1: each notified uid is a pending row; every push of a batch goes through the JMS queue
 * {@code notify.deliver}, and the next one is that queue's message with a delivery delay (60 s doubling to 30 min,
 * for 24 h). Acks, reading the item and logging out end a uid; a redelivery carries only the uids still pending.
 */
@Stateless
public class NotifyService {
    public static final String NEW_EMAIL = "new_email_arrived";
    public static final String NEW_OA = "new_oa_arrived";

    @PersistenceContext
    EntityManager em;
    @Inject
    AccountDirectory accounts;
    @Inject
    Reach reach;
    @Inject
    NotifySettings settings;
    @Inject
    NotifyMetrics metrics;
    @Resource(name = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(name = "jms/notifyDeliver")
    Queue deliverQueue;

    /** New items for a user: one batch, a pending row per uid, and its first delivery queued in this transaction. */
    public void raise(Long userId, String event, String mailAcc, List<String> uids, String alert) {
        if (uids.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        NotifyBatch batch = new NotifyBatch(userId, event, mailAcc, alert, now, now.plus(settings.maxAge()));
        em.persist(batch);
        em.flush();
        for (String uid : uids) {
            em.persist(new NotifyPending(batch, uid, now));
        }
        queue(batch.id(), 1, Duration.ZERO);
    }

    /**
     * Attempt {@code attempt} of a batch (the {@code notify.deliver} listener). Sent at most once per attempt: the
     * batch's attempt counter advances by a conditional update, so a JMS redelivery or a recovery copy of the same
     * attempt finds it taken.
     */
    public void deliver(long batchId, int attempt) {
        NotifyBatch batch = em.find(NotifyBatch.class, batchId);
        if (batch == null || batch.attempts() != attempt - 1) {
            return;
        }
        Instant now = Instant.now();
        if (!now.isBefore(batch.expiresAt())) {
            metrics.expired(end(batchId, NotifyPending.State.EXPIRED, now));
            close(batchId);
            return;
        }
        List<String> uids = em.createQuery("select p.uid from NotifyPending p where p.batchId = :b "
                        + "and p.state = 'PENDING' order by p.id", String.class)
                .setParameter("b", batchId).getResultList();
        if (uids.isEmpty()) {
            close(batchId);
            return;
        }
        Party user = accounts.party(batch.userId()).orElse(null);
        if (user == null || !user.online()) {
            end(batchId, NotifyPending.State.LOGGED_OUT, now);
            close(batchId);
            return;
        }
        Duration wait = settings.backoff().after(attempt);
        Instant next = now.plus(wait).isAfter(batch.expiresAt()) ? batch.expiresAt() : now.plus(wait);
        int claimed = em.createQuery("update NotifyBatch b set b.attempts = :a, b.nextAttemptAt = :next "
                        + "where b.id = :id and b.attempts = :prev and b.closed = false")
                .setParameter("a", attempt).setParameter("next", next).setParameter("id", batchId)
                .setParameter("prev", attempt - 1).executeUpdate();
        if (claimed == 0) {
            return;
        }
        JsonObject event = payload(batch, uids);
        Recipient to = LongPollChannel.recipient(user);
        reach.deliver(to, event, new DeviceMessage(event, apns(event), wait, batch.event() + "-" + batchId), wait,
                Reach.Push.ALWAYS);
        metrics.delivered(attempt > 1);
        boolean ios = reach.pushProvider(to).map(DevicePush.APNS::equals).orElse(false);
        if (ios) {
            // voip.md 6.1: APNs needs no acknowledgement.
            end(batchId, NotifyPending.State.NO_ACK_NEEDED, now);
            close(batchId);
        } else {
            queue(batchId, attempt + 1, Duration.between(now, next));
        }
    }

    /** VOIP-42 / 44 seed payload: the Android custom content and the long-poll event. */
    static JsonObject payload(NotifyBatch batch, List<String> uids) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        uids.forEach(list::add);
        return Jsons.createObjectBuilder()
                .add("event", batch.event())
                .add("mail_acc", batch.mailAcc())
                .add("uids", list)
                .add("alert", batch.alert() == null ? "" : batch.alert())
                .add("badge", 1)
                .add("content-available", 1)
                .build();
    }

    /** VOIP-42 (Proposed): the same keys inside {@code aps} for iOS. */
    static JsonObject apns(JsonObject event) {
        return Jsons.createObjectBuilder().add("aps", Jsons.createObjectBuilder(event)).build();
    }

    /**
     * VOIP-43 / 45: the listed uids of that event for the account are delivered. Idempotent; unknown uids are
     * ignored.
     *
     * @param mailAcc optional, narrows to one mailbox of a user with several
     * @return how many pending uids this ack ended
     */
    public int ack(String account, String event, Collection<String> uids, String mailAcc) {
        if (uids.isEmpty()) {
            return 0;
        }
        Party user = accounts.partyByAccount(account).orElse(null);
        if (user == null) {
            return 0;
        }
        int n = endUids(user.id(), event, uids, mailAcc, NotifyPending.State.ACKED);
        metrics.acked(n);
        return n;
    }

    /** Rule 6.1: reading the item ends its redelivery. {@code mailAcc} may be null: any mailbox of that event. */
    public void read(Long userId, String event, String mailAcc, Collection<String> uids) {
        endUids(userId, event, uids, mailAcc, NotifyPending.State.READ);
    }

    private int endUids(Long userId, String event, Collection<String> uids, String mailAcc,
                        NotifyPending.State state) {
        if (uids.isEmpty()) {
            return 0;
        }
        var update = em.createQuery("update NotifyPending p set p.state = :s, p.endedAt = :now "
                        + "where p.userId = :u and p.event = :e and p.uid in :uids and p.state = 'PENDING'"
                        + (mailAcc == null ? "" : " and p.mailAcc = :m"))
                .setParameter("s", state.name()).setParameter("now", Instant.now()).setParameter("u", userId)
                .setParameter("e", event).setParameter("uids", uids);
        if (mailAcc != null) {
            update.setParameter("m", mailAcc);
        }
        return update.executeUpdate();
    }

    /** Uids of this user's mailbox still waiting for an acknowledgement. */
    public List<String> pending(Long userId, String event, String mailAcc) {
        return em.createQuery("select p.uid from NotifyPending p where p.userId = :u and p.event = :e "
                        + "and p.mailAcc = :m and p.state = 'PENDING'", String.class)
                .setParameter("u", userId).setParameter("e", event).setParameter("m", mailAcc).getResultList();
    }

    /** Rule 6.1: when the user's last device logs out (VOIP-02), nothing is redelivered to them. */
    public void onSessionChanged(@Observes DeviceSessionChanged changed) {
        if (changed.userId() != null && !accounts.loggedInAnywhere(changed.userId())) {
            em.createQuery("update NotifyPending p set p.state = 'LOGGED_OUT', p.endedAt = :now "
                            + "where p.userId = :u and p.state = 'PENDING'")
                    .setParameter("now", Instant.now()).setParameter("u", changed.userId()).executeUpdate();
        }
    }

    /**
     * Recovery: an open batch whose next attempt is overdue by the grace period has lost its message (a broker that
     * lost it, a send that never happened); the attempt is queued again. The attempt counter makes a copy harmless.
     *
     * @return how many batches were re-queued
     */
    public int requeueOverdue(int max) {
        Instant cutoff = Instant.now().minus(settings.recoveryGrace());
        List<NotifyBatch> overdue = em.createQuery("select b from NotifyBatch b where b.closed = false "
                        + "and b.nextAttemptAt < :cutoff order by b.nextAttemptAt", NotifyBatch.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
        for (NotifyBatch b : overdue) {
            queue(b.id(), b.attempts() + 1, Duration.ZERO);
        }
        return overdue.size();
    }

    public long pendingCount() {
        return em.createQuery("select count(p) from NotifyPending p where p.state = 'PENDING'", Long.class)
                .getSingleResult();
    }

    /** For ops and tests: the pending rows of one user. */
    public List<NotifyPending> pendingOf(Long userId) {
        return em.createQuery("select p from NotifyPending p where p.userId = :u order by p.id", NotifyPending.class)
                .setParameter("u", userId).getResultList();
    }

    private int end(long batchId, NotifyPending.State state, Instant now) {
        return em.createQuery("update NotifyPending p set p.state = :s, p.endedAt = :now "
                        + "where p.batchId = :b and p.state = 'PENDING'")
                .setParameter("s", state.name()).setParameter("now", now).setParameter("b", batchId)
                .executeUpdate();
    }

    private void close(long batchId) {
        em.createQuery("update NotifyBatch b set b.closed = true where b.id = :id")
                .setParameter("id", batchId).executeUpdate();
    }

    private void queue(long batchId, int attempt, Duration delay) {
        DelayedSend.send(connectionFactory, deliverQueue, Jsons.createObjectBuilder().add("batch", batchId)
                .add("attempt", attempt).build().toString(), delay);
    }
}
