package com.switchboard.conference.webhook;

import com.switchboard.conference.ConferenceLeg;
import com.switchboard.conference.IsvConference;
import com.switchboard.conference.webhook.IsvWebhook;
import com.switchboard.conference.isv.IsvAccount;
import com.switchboard.conference.isv.IsvApp;
import com.switchboard.conference.isv.IsvSettings;

import com.switchboard.platform.bus.DelayedSend;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * CONF-08/09 callbacks as rows: raised in the transaction of the change they report, sent through the JMS queue
 * {@code webhook.deliver} (the next attempt is that queue's message with a delivery delay), finished as DELIVERED,
 * REJECTED or DEAD. Events of one leg go out one after another in the order they happened.
 */
@Stateless
public class WebhookOutbox {
    static final DateTimeFormatter STATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    static final DateTimeFormatter CDR_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** What one attempt sends. */
    public record Claim(String eventId, String kind, String url, String body, String key) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    IsvSettings settings;
    @Resource(name = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(name = "jms/webhookDeliver")
    Queue deliverQueue;

    /** CONF-08 for one leg transition; nothing when the account has no {@code status_url}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stateChanged(IsvConference c, ConferenceLeg leg, ConferenceLeg.CallState state, Instant at) {
        IsvAccount account = em.find(IsvAccount.class, c.accountId());
        if (account.statusUrl() == null) {
            return;
        }
        JsonObject body = Jsons.createObjectBuilder().add("describe", "状态数据")
                .add("data", Jsons.createObjectBuilder().add("session_id", c.sessionId()).add("caller", c.caller())
                        .add("callee", leg.number()).add("call_state", state.name())
                        .add("stateTime", STATE_TIME.format(at.atZone(settings.zone())))
                        .add("appidentify", appIdentifer(account)))
                .build();
        raise(account, IsvWebhook.STATUS, account.statusUrl(), body, "leg:" + leg.id(), state.ordinal());
    }

    /** CONF-09 for a leg that was answered and has ended; nothing when the account has no {@code record_url}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void legRecorded(IsvConference c, ConferenceLeg leg) {
        IsvAccount account = em.find(IsvAccount.class, c.accountId());
        if (account.recordUrl() == null || leg.answeredAt() == null || leg.endedAt() == null) {
            return;
        }
        long millis = Duration.between(leg.answeredAt(), leg.endedAt()).toMillis();
        String app = appIdentifer(account);
        JsonObject cdr = Jsons.createObjectBuilder().add("detailId", String.valueOf(leg.id()))
                .add("session_id", c.sessionId())
                .add("beginTime", CDR_TIME.format(leg.answeredAt().atZone(settings.zone())))
                .add("endTime", CDR_TIME.format(leg.endedAt().atZone(settings.zone())))
                .add("time", (millis + 999) / 1000).add("caller", c.caller()).add("callee", leg.number())
                .add("displaynbr", c.caller()).add("com_identify", account.companyIdentifer())
                .add("user_identifer", c.userId()).add("app_identify", app)
                .add("cust_account", account.identify()).add("product_key", app).add("product_code", "COMM")
                .add("hangup_cause", leg.hangupCause() == null ? "NORMAL" : leg.hangupCause())
                .build();
        JsonObject body = Jsons.createObjectBuilder().add("describe", "话单数据")
                .add("data", Jsons.createArrayBuilder().add(cdr)).build();
        raise(account, IsvWebhook.RECORD, account.recordUrl(), body, "cdr:" + leg.id(), 0);
    }

    private String appIdentifer(IsvAccount account) {
        return em.find(IsvApp.class, account.appId()).identifer();
    }

    private void raise(IsvAccount account, String kind, String url, JsonObject body, String orderKey, int seq) {
        Instant now = Instant.now();
        IsvWebhook w = new IsvWebhook(UUID.randomUUID().toString(), account.id(), kind, url, body.toString(),
                orderKey, seq, now);
        em.persist(w);
        em.flush();
        if (!waitsForEarlier(orderKey, seq)) {
            start(w.id(), now);
        }
    }

    private boolean waitsForEarlier(String orderKey, int seq) {
        return em.createQuery("select count(w) from IsvWebhook w where w.orderKey = :k and w.seq < :s "
                        + "and w.state = 'PENDING'", Long.class)
                .setParameter("k", orderKey).setParameter("s", seq).getSingleResult() > 0;
    }

    private void start(Long id, Instant now) {
        em.createQuery("update IsvWebhook w set w.nextAttemptAt = :now where w.id = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
        queue(id, 1, Duration.ZERO);
    }

    /**
     * Takes attempt {@code attempt} of a callback, in its own transaction: once per attempt (a redelivered or
     * recovered copy finds it taken), and not while an earlier event of the same leg is still pending.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Claim> claim(long id, int attempt) {
        IsvWebhook w = em.find(IsvWebhook.class, id);
        if (w == null || !IsvWebhook.PENDING.equals(w.state()) || w.attempts() != attempt - 1
                || waitsForEarlier(w.orderKey(), w.seq())) {
            return Optional.empty();
        }
        // While the attempt runs, its lease: recovery steps in only if this instance never reports back.
        Instant lease = Instant.now().plus(settings.connectTimeout()).plus(settings.readTimeout())
                .plus(settings.recoveryGrace());
        int taken = em.createQuery("update IsvWebhook w set w.attempts = :a, w.nextAttemptAt = :lease "
                        + "where w.id = :id and w.attempts = :prev and w.state = 'PENDING'")
                .setParameter("a", attempt).setParameter("lease", lease).setParameter("id", id)
                .setParameter("prev", attempt - 1).executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        IsvAccount account = em.find(IsvAccount.class, w.accountId());
        return Optional.of(new Claim(w.eventId(), w.kind(), w.url(), w.body(), account.keyPermanent()));
    }

    /** Records what attempt {@code attempt} got, and schedules the retry or lets the leg's next event go. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, int attempt, WebhookReply reply, String outcome) {
        IsvWebhook w = em.find(IsvWebhook.class, id);
        if (w == null || !IsvWebhook.PENDING.equals(w.state()) || w.attempts() != attempt) {
            return;
        }
        Instant now = Instant.now();
        String trimmed = outcome == null ? "" : outcome.length() > 300 ? outcome.substring(0, 300) : outcome;
        if (reply == WebhookReply.RETRY) {
            Duration wait = settings.webhookSchedule().next(attempt, Duration.between(w.createdAt(), now)).orElse(null);
            if (wait != null) {
                em.createQuery("update IsvWebhook w set w.nextAttemptAt = :next, w.lastOutcome = :o "
                                + "where w.id = :id").setParameter("next", now.plus(wait))
                        .setParameter("o", trimmed).setParameter("id", id).executeUpdate();
                queue(id, attempt + 1, wait);
                return;
            }
        }
        String state = reply == WebhookReply.DELIVERED ? IsvWebhook.DELIVERED
                : reply == WebhookReply.REJECTED ? IsvWebhook.REJECTED : IsvWebhook.DEAD;
        em.createQuery("update IsvWebhook w set w.state = :s, w.finishedAt = :now, w.nextAttemptAt = null, "
                        + "w.lastOutcome = :o where w.id = :id").setParameter("s", state).setParameter("now", now)
                .setParameter("o", trimmed).setParameter("id", id).executeUpdate();
        startNext(w.orderKey(), now);
    }

    private void startNext(String orderKey, Instant now) {
        if (orderKey.startsWith("leg:")) {
            // A leg's next event is raised in a transaction that holds the leg's row. Taking it here means that either
            // that event is committed and found below, or its transaction waits and then sees this one finished;
            // otherwise both could miss each other and the event would wait for the recovery sweep.
            em.createNativeQuery("SELECT id FROM isv_conference_leg WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, Long.valueOf(orderKey.substring(4))).getResultList();
        }
        List<Long> next = em.createQuery("select w.id from IsvWebhook w where w.orderKey = :k and w.state = 'PENDING' "
                        + "order by w.seq", Long.class).setParameter("k", orderKey).setMaxResults(1).getResultList();
        if (!next.isEmpty()) {
            start(next.get(0), now);
        }
    }

    /**
     * Recovery: a pending callback at the head of its leg's order whose attempt is overdue by the grace period (its
     * message was lost, or the instance sending it died) is queued again.
     *
     * @return how many were re-queued
     */
    public int requeueOverdue(int max) {
        Instant now = Instant.now();
        Instant cutoff = now.minus(settings.recoveryGrace());
        List<IsvWebhook> overdue = em.createQuery("select w from IsvWebhook w where w.state = 'PENDING' and "
                        + "(w.nextAttemptAt < :cutoff or (w.nextAttemptAt is null and w.createdAt < :cutoff)) "
                        + "order by w.id", IsvWebhook.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
        int n = 0;
        for (IsvWebhook w : overdue) {
            if (waitsForEarlier(w.orderKey(), w.seq())) {
                continue;
            }
            em.createQuery("update IsvWebhook w set w.nextAttemptAt = :now where w.id = :id")
                    .setParameter("now", now).setParameter("id", w.id()).executeUpdate();
            queue(w.id(), w.attempts() + 1, Duration.ZERO);
            n++;
        }
        return n;
    }

    /**
     * For operations: a dead-lettered callback (DEAD or REJECTED) is tried once more now, with the retries its
     * schedule still allows.
     *
     * @return false when there is no such callback or it is not dead-lettered
     */
    public boolean retryDead(long id) {
        List<Integer> attempts = em.createQuery("select w.attempts from IsvWebhook w where w.id = :id and w.state in "
                + "('DEAD', 'REJECTED')", Integer.class).setParameter("id", id).setLockMode(
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (attempts.isEmpty()) {
            return false;
        }
        em.createQuery("update IsvWebhook w set w.state = 'PENDING', w.finishedAt = null, w.nextAttemptAt = :now "
                + "where w.id = :id").setParameter("now", Instant.now()).setParameter("id", id).executeUpdate();
        queue(id, attempts.get(0) + 1, Duration.ZERO);
        return true;
    }

    /** For operations: callbacks in a state (DEAD and REJECTED are the dead letters), newest first. */
    public List<IsvWebhook> list(String state, Long accountId, int max) {
        var query = em.createQuery("select w from IsvWebhook w where w.state = :s"
                + (accountId == null ? "" : " and w.accountId = :a") + " order by w.id desc", IsvWebhook.class)
                .setParameter("s", state);
        if (accountId != null) {
            query.setParameter("a", accountId);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** How many callbacks are in each state, for one account or all. */
    public java.util.Map<String, Long> counts(Long accountId) {
        var query = em.createQuery("select w.state, count(w) from IsvWebhook w"
                + (accountId == null ? "" : " where w.accountId = :a") + " group by w.state", Object[].class);
        if (accountId != null) {
            query.setParameter("a", accountId);
        }
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (String state : List.of(IsvWebhook.PENDING, IsvWebhook.DELIVERED, IsvWebhook.REJECTED, IsvWebhook.DEAD)) {
            out.put(state, 0L);
        }
        query.getResultList().forEach(row -> out.put((String) row[0], ((Number) row[1]).longValue()));
        return out;
    }

    private void queue(long id, int attempt, Duration delay) {
        DelayedSend.send(connectionFactory, deliverQueue, Jsons.createObjectBuilder().add("webhook", id)
                .add("attempt", attempt).build().toString(), delay);
    }
}
