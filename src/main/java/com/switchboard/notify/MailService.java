package com.switchboard.notify;

import com.switchboard.notify.mail.MailHeader;
import com.switchboard.notify.mail.MailServer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Watched mailboxes (VOIP-40..43): their state in the database, and what the watcher found in them. */
@Stateless
public class MailService {
    @PersistenceContext
    EntityManager em;
    @Inject
    NotifyService notify;
    @Inject
    NotifySettings settings;
    @Inject
    NotifyKeys keys;

    /**
     * VOIP-40 after the credentials were verified: the mailbox is (re)pointed at them; mail already there is listed
     * on the H5 page but not pushed. Any instance may pick it up to watch.
     */
    public void save(Long userId, String mailAcc, String mailAddr, String password, MailServer server,
                     Mailboxes.Snapshot snapshot) {
        Instant now = Instant.now();
        List<MailAccount> found = em.createQuery("select a from MailAccount a where a.userId = :u "
                        + "and a.mailAcc = :m", MailAccount.class)
                .setParameter("u", userId).setParameter("m", mailAcc).getResultList();
        MailAccount account = found.isEmpty() ? new MailAccount(userId, mailAcc, now) : found.get(0);
        boolean sameMailbox = !found.isEmpty() && account.uidValidity() != null
                && account.uidValidity() == snapshot.uidValidity();
        long lastUid = sameMailbox ? Math.min(account.lastUid(), snapshot.uidNext() - 1) : snapshot.uidNext() - 1;
        account.configure(mailAddr, keys.cipher().encrypt(password), server.host(), server.port(), server.tls(),
                snapshot.uidValidity(), lastUid, now);
        if (found.isEmpty()) {
            em.persist(account);
            em.flush();
        }
        em.createQuery("update MailAccount a set a.watcher = null, a.leaseUntil = null where a.id = :id")
                .setParameter("id", account.id()).executeUpdate();
        for (MailHeader h : snapshot.recent()) {
            keep(account, h, now);
        }
    }

    /**
     * The watcher's find: messages above {@code expectedLastUid}. Recorded once (the last seen UID moves only from
     * what the watcher read), then raised as one {@code new_email_arrived} with the newest subject as alert.
     */
    public void newMail(Long accountId, long expectedLastUid, List<MailHeader> headers) {
        if (headers.isEmpty()) {
            return;
        }
        long newLast = headers.stream().mapToLong(MailHeader::uid).max().orElse(expectedLastUid);
        int moved = em.createQuery("update MailAccount a set a.lastUid = :n where a.id = :id and a.lastUid = :old")
                .setParameter("n", newLast).setParameter("id", accountId).setParameter("old", expectedLastUid)
                .executeUpdate();
        if (moved == 0) {
            return;
        }
        MailAccount account = em.find(MailAccount.class, accountId);
        Instant now = Instant.now();
        List<String> uids = new ArrayList<>();
        for (MailHeader h : headers) {
            keep(account, h, now);
            if (!h.seen()) {
                uids.add(Long.toString(h.uid()));
            }
        }
        String alert = headers.stream().filter(h -> !h.seen()).max(Comparator.comparingLong(MailHeader::uid))
                .map(MailHeader::subject).orElse(null);
        notify.raise(account.userId(), NotifyService.NEW_EMAIL, account.mailAcc(), uids, alert);
    }

    /** The mailbox was rebuilt (UIDVALIDITY changed): start over from what is there now, without pushing it. */
    public void restart(Long accountId, long uidValidity, long uidNext) {
        em.createQuery("update MailAccount a set a.uidValidity = :v, a.lastUid = :l where a.id = :id")
                .setParameter("v", uidValidity).setParameter("l", uidNext - 1).setParameter("id", accountId)
                .executeUpdate();
    }

    /** Uids of this mailbox still pending acknowledgement (the watcher checks whether they were read). */
    public List<Long> pendingUids(WatchRef ref) {
        return notify.pending(ref.userId(), NotifyService.NEW_EMAIL, ref.mailAcc()).stream()
                .map(Long::valueOf).toList();
    }

    /** Pending mail uids of every mailbox this instance watches, by mailbox: one query per round. */
    public Map<Long, List<Long>> pendingUidsOf(String instance) {
        Map<Long, List<Long>> byAccount = new HashMap<>();
        em.createQuery("select a.id, p.uid from MailAccount a, NotifyPending p where a.watcher = :me "
                        + "and p.userId = a.userId and p.mailAcc = a.mailAcc and p.event = :e "
                        + "and p.state = 'PENDING'", Object[].class)
                .setParameter("me", instance).setParameter("e", NotifyService.NEW_EMAIL).getResultList()
                .forEach(row -> byAccount.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(Long.valueOf((String) row[1])));
        return byAccount;
    }

    /** Rule 6.1: mail read in any client is not redelivered. */
    public void seen(WatchRef ref, Collection<Long> uids) {
        List<String> ids = uids.stream().map(String::valueOf).toList();
        em.createQuery("update MailItem i set i.seen = true where i.mailAccountId = :a and i.uid in :uids")
                .setParameter("a", ref.id()).setParameter("uids", ids).executeUpdate();
        notify.read(ref.userId(), NotifyService.NEW_EMAIL, ref.mailAcc(), ids);
    }

    public void failed(Long accountId, String error) {
        em.createQuery("update MailAccount a set a.lastError = :e where a.id = :id")
                .setParameter("e", MailItem.cut(error, 500)).setParameter("id", accountId).executeUpdate();
    }

    /**
     * This instance's share of the mailboxes: its leases renewed, then free or expired ones taken up to its
     * capacity. A new transaction, so the watcher's round holds no transaction while it talks IMAP.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<WatchRef> claim(String instance, int capacity, Duration lease) {
        Instant now = Instant.now();
        Instant until = now.plus(lease);
        em.createQuery("update MailAccount a set a.leaseUntil = :until where a.watcher = :me")
                .setParameter("until", until).setParameter("me", instance).executeUpdate();
        long mine = em.createQuery("select count(a) from MailAccount a where a.watcher = :me", Long.class)
                .setParameter("me", instance).getSingleResult();
        if (mine < capacity) {
            List<Long> free = em.createQuery("select a.id from MailAccount a where a.watcher is null "
                            + "or a.leaseUntil < :now order by a.id", Long.class)
                    .setParameter("now", now).setMaxResults((int) (capacity - mine)).getResultList();
            for (Long id : free) {
                em.createQuery("update MailAccount a set a.watcher = :me, a.leaseUntil = :until where a.id = :id "
                                + "and (a.watcher is null or a.leaseUntil < :now)")
                        .setParameter("me", instance).setParameter("until", until).setParameter("id", id)
                        .setParameter("now", now).executeUpdate();
            }
        }
        return em.createQuery("select a from MailAccount a where a.watcher = :me order by a.id", MailAccount.class)
                .setParameter("me", instance).getResultList().stream().map(WatchRef::of).toList();
    }

    /** The mailbox as stored now, if this instance still holds its lease. */
    public WatchRef watched(Long accountId, String instance) {
        MailAccount a = em.find(MailAccount.class, accountId);
        return a == null || !instance.equals(a.watcher()) ? null : WatchRef.of(a);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String instance) {
        em.createQuery("update MailAccount a set a.watcher = null, a.leaseUntil = null where a.watcher = :me")
                .setParameter("me", instance).executeUpdate();
    }

    /** VOIP-41: the user's newest mail, newest first. */
    public List<MailItem> recent(Long userId, int max) {
        return em.createQuery("select i from MailItem i where i.userId = :u order by i.id desc", MailItem.class)
                .setParameter("u", userId).setMaxResults(max).getResultList();
    }

    /** mail_acc of the mailbox a mail item belongs to. */
    public String mailAccOf(Long accountId) {
        MailAccount a = em.find(MailAccount.class, accountId);
        return a == null ? null : a.mailAcc();
    }

    private void keep(MailAccount account, MailHeader h, Instant now) {
        Long exists = em.createQuery("select count(i) from MailItem i where i.mailAccountId = :a and i.uid = :uid",
                        Long.class)
                .setParameter("a", account.id()).setParameter("uid", Long.toString(h.uid())).getSingleResult();
        if (exists == 0) {
            em.persist(new MailItem(account.id(), account.userId(), Long.toString(h.uid()), h.from(), h.subject(),
                    h.sentAt(), h.seen(), now));
        }
    }
}
