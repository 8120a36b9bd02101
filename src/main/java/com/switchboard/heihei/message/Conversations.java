package com.switchboard.heihei.message;

import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiChannel;
import com.switchboard.heihei.link.DeepLinks;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.db.SqlValues;
import com.switchboard.platform.tx.AfterCommit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.util.List;

/**
 * The conversation list (HH-MSG-02..04): one item per counterpart, its latest activity and the owner's unread
 * messages in it. Every change holds the owner's inbox lock and tells the owner after commit: the item
 * ({@code message}, HH-ACT-13) and, when the unread total changed, the total ({@code message-unread-count}, HH-ACT-14),
 * counted under the lock, so it is exact however many messages arrive at once on however many instances.
 */
@Stateless
public class Conversations {
    /** One item: {@code kind} calling, call, post or im. */
    public record Item(long peer, String kind, String text, Instant at, int count, int unread) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Inboxes inboxes;
    @Inject
    HeiheiUsers users;
    @Inject
    HeiheiChannel channel;
    @Inject
    HeiheiSettings heihei;
    @jakarta.annotation.Resource
    TransactionSynchronizationRegistry transactions;

    /** Records activity with {@code peer} in {@code owner}'s list; {@code unread} adds one unread message. */
    public void record(long owner, long peer, String kind, String text, boolean unread, Instant at) {
        inboxes.lock(owner);
        recordLocked(owner, peer, kind, text, unread, at);
    }

    /** As {@link #record}, for a caller that already holds the owner's inbox lock ({@link Inboxes#lock}). */
    public void recordLocked(long owner, long peer, String kind, String text, boolean unread, Instant at) {
        List<?> found = em.createNativeQuery("SELECT kind, count FROM hh_conversation WHERE owner_id = ?1 "
                + "AND peer_id = ?2").setParameter(1, owner).setParameter(2, peer).getResultList();
        int count = 1;
        if (found.isEmpty()) {
            em.createNativeQuery("INSERT INTO hh_conversation (owner_id, peer_id, kind, text, last_at, count, unread) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)").setParameter(1, owner).setParameter(2, peer)
                    .setParameter(3, kind).setParameter(4, text).setParameter(5, at).setParameter(6, unread ? 1 : 0)
                    .executeUpdate();
        } else {
            Object[] row = (Object[]) found.get(0);
            count = kind.equals(row[0]) ? ((Number) row[1]).intValue() + 1 : 1;
            em.createNativeQuery("UPDATE hh_conversation SET kind = ?3, text = ?4, last_at = ?5, count = ?6, "
                            + "unread = unread + ?7 WHERE owner_id = ?1 AND peer_id = ?2").setParameter(1, owner)
                    .setParameter(2, peer).setParameter(3, kind).setParameter(4, text).setParameter(5, at)
                    .setParameter(6, count).setParameter(7, unread ? 1 : 0).executeUpdate();
        }
        JsonObject item = item(new Item(peer, kind, text, at, count, 0), false);
        Integer total = unread ? unreadTotal(owner) : null;
        AfterCommit.run(transactions, () -> {
            channel.toSingle(owner, item);
            if (total != null) {
                channel.toSingle(owner, countFrame(total));
            }
        });
    }

    /** HH-MSG-02: newest first. */
    public List<Item> list(long owner) {
        List<?> rows = em.createNativeQuery("SELECT peer_id, kind, text, last_at, count, unread FROM hh_conversation "
                + "WHERE owner_id = ?1 ORDER BY last_at DESC, peer_id").setParameter(1, owner).setMaxResults(500)
                .getResultList();
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            return new Item(((Number) r[0]).longValue(), (String) r[1], (String) r[2], SqlValues.instant(r[3]),
                    ((Number) r[4]).intValue(), ((Number) r[5]).intValue());
        }).toList();
    }

    public int unreadTotal(long owner) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(unread), 0) FROM hh_conversation WHERE owner_id = ?1")
                .setParameter(1, owner).getSingleResult();
        return ((Number) sum).intValue();
    }

    /** HH-MSG-03: the owner's side only; the total is told again when it changed. */
    public void delete(long owner, long peer) {
        inboxes.lock(owner);
        int before = unreadTotal(owner);
        em.createNativeQuery("DELETE FROM hh_conversation WHERE owner_id = ?1 AND peer_id = ?2")
                .setParameter(1, owner).setParameter(2, peer).executeUpdate();
        int after = unreadTotal(owner);
        if (after != before) {
            AfterCommit.run(transactions, () -> channel.toSingle(owner, countFrame(after)));
        }
    }

    /** HH-MSG-04: everything read; the owner gets {@code message-unread-count} 0. */
    public void readAll(long owner) {
        inboxes.lock(owner);
        em.createNativeQuery("UPDATE hh_conversation SET unread = 0 WHERE owner_id = ?1 AND unread <> 0")
                .setParameter(1, owner).executeUpdate();
        AfterCommit.run(transactions, () -> channel.toSingle(owner, countFrame(0)));
    }

    /** HH-ACT-13's payload, the HH-MSG-02 item; {@code withUnread} adds the item's own {@code unreadCount}. */
    public JsonObject item(Item i, boolean withUnread) {
        HeiheiUser peer = users.get(i.peer());
        JsonObjectBuilder data = Jsons.createObjectBuilder().add("type", i.kind()).add("count", i.count());
        JsonObjectBuilder fields = Jsons.createObjectBuilder().add("fromUserId", peer.id())
                .add("fromUserName", peer.displayName()).add("gender", peer.gender()).add("coverUrl", peer.coverUrl())
                .add("birthDay", UserJson.birthDay(peer)).add("data", data)
                .add("link", new DeepLinks(heihei.linkScheme()).dueChat(peer.id()))
                .add("timeStamp", i.at().getEpochSecond());
        if (i.text() == null) {
            fields.addNull("text");
        } else {
            fields.add("text", i.text());
        }
        if (withUnread) {
            fields.add("unreadCount", i.unread());
        }
        return ClientMessages.action("message", "消息列表更新", fields.build());
    }

    private static JsonObject countFrame(int count) {
        return ClientMessages.action("message-unread-count", "未读消息数",
                Jsons.createObjectBuilder().add("count", count).build());
    }
}
