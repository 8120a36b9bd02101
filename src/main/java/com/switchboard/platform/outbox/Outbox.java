package com.switchboard.platform.outbox;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** Store of what the built-in offline integrations "send"; read back through {@code GET /ops/outbox}. */
@Stateless
public class Outbox {
    public static final String SMS = "sms";
    public static final String PUSH = "push";
    public static final String WEBHOOK = "webhook";

    @PersistenceContext
    EntityManager em;

    /** Records a send as part of the caller's transaction: nothing is "sent" for a request that fails. */
    public void record(String channel, String to, JsonObject payload) {
        em.persist(new OutboxEntry(channel, to, payload.toString(), Instant.now()));
    }

    public List<OutboxEntry> list(String channel, String to) {
        StringBuilder jpql = new StringBuilder("select e from OutboxEntry e where 1 = 1");
        if (channel != null) {
            jpql.append(" and e.channel = :channel");
        }
        if (to != null) {
            jpql.append(" and e.target = :to");
        }
        var query = em.createQuery(jpql.append(" order by e.id").toString(), OutboxEntry.class);
        if (channel != null) {
            query.setParameter("channel", channel);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setMaxResults(1000).getResultList();
    }
}
