package com.switchboard.notify;

import com.switchboard.notify.mail.MailAccessException;
import com.switchboard.notify.mail.MailHeader;
import com.switchboard.notify.mail.MailStore;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the mailboxes this instance holds a lease on. Each watched mailbox keeps one open IMAP connection (a
 * socket, no thread); every poll interval a fixed number of worker tasks ({@code switchboard.mail.threads}) check
 * them all: new UIDs above the stored last UID are raised, pending uids read elsewhere end. A mailbox whose server
 * offers IDLE (plain IMAP) is also watched by IDLE on one shared selector, and checked as soon as mail
 * arrives. The last UID is in the
 * database, so a restarted or another instance resumes where this one stopped; leases spread the mailboxes over
 * instances, at most {@code switchboard.mail.max-mailboxes} each.
 */
@ApplicationScoped
public class MailWatcher {
    private static final Logger LOG = Logger.getLogger(MailWatcher.class.getName());
    private static final int BATCH = 100;
    /** An IDLE-watched mailbox with nothing pending is checked in full only every this many rounds. */
    private static final int FULL_EVERY = 10;

    @Inject
    MailService mail;
    @Inject
    Mailboxes mailboxes;
    @Inject
    NotifySettings settings;
    @Inject
    NotifyMetrics metrics;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedExecutorService workers;

    private final String instance = UUID.randomUUID().toString();
    private final Map<Long, Connection> connections = new ConcurrentHashMap<>();
    private final Set<Long> idleWatched = ConcurrentHashMap.newKeySet();
    private volatile ScheduledFuture<?> rounds;
    private volatile int leased;
    private volatile long lastRoundMillis;
    private long roundCount;

    /** One open mailbox; the lock keeps a round's check and an IDLE-triggered one from interleaving. */
    private record Connection(MailStore.Mailbox box, java.time.Instant configuredAt, ReentrantLock lock) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long every = settings.pollInterval().toMillis();
        rounds = scheduler.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
        connections.values().forEach(c -> c.box().close());
        connections.clear();
        try {
            mail.release(instance);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "leases left to expire", e);
        }
    }

    /** One pass over this instance's mailboxes; the next starts a poll interval after this one ends. */
    void round() {
        try {
            long started = System.nanoTime();
            List<WatchRef> mine = mail.claim(instance, settings.maxMailboxes(), settings.lease());
            leased = mine.size();
            Set<Long> ids = new HashSet<>();
            mine.forEach(r -> ids.add(r.id()));
            idleWatched.retainAll(ids);
            connections.keySet().removeIf(id -> {
                if (!ids.contains(id)) {
                    connections.get(id).box().close();
                    return true;
                }
                return false;
            });
            boolean full = roundCount++ % FULL_EVERY == 0;
            Map<Long, List<Long>> pending = mail.pendingUidsOf(instance);
            // IDLE tells of new mail; such a mailbox needs a round only to see pending mail read elsewhere.
            Queue<WatchRef> todo = new ConcurrentLinkedQueue<>(mine.stream()
                    .filter(r -> full || !idleWatched.contains(r.id()) || pending.containsKey(r.id())).toList());
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < Math.min(settings.threads(), todo.size()); i++) {
                running.add(workers.submit(() -> {
                    for (WatchRef ref; (ref = todo.poll()) != null; ) {
                        check(ref, pending.getOrDefault(ref.id(), List.of()));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            lastRoundMillis = (System.nanoTime() - started) / 1_000_000;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "mail watch round failed", e);
        }
    }

    /** What this instance watches: leased mailboxes, open connections, of those watched by IDLE, last round. */
    public Stats stats() {
        return new Stats(instance, leased, connections.size(), idleWatched.size(), lastRoundMillis);
    }

    public record Stats(String instance, int leased, int open, int idle, long lastRoundMillis) {
    }

    /** IDLE told of new mail: check that mailbox now, with its state as stored now. */
    private void arrived(Long id) {
        metrics.idleArrival();
        workers.execute(() -> {
            WatchRef ref = mail.watched(id, instance);
            if (ref != null) {
                check(ref, mail.pendingUids(ref));
            }
        });
    }

    private void check(WatchRef ref, List<Long> pending) {
        Connection c = connections.get(ref.id());
        if (c != null) {
            c.lock().lock();
            try {
                checkLocked(ref, pending);
            } finally {
                c.lock().unlock();
            }
        } else {
            checkLocked(ref, pending);
        }
    }

    private void checkLocked(WatchRef ref, List<Long> pending) {
        Connection c = connections.get(ref.id());
        try {
            if (c == null || !c.configuredAt().equals(ref.updatedAt()) || !c.box().isOpen()) {
                if (c != null) {
                    c.box().close();
                }
                c = new Connection(mailboxes.open(ref), ref.updatedAt(), new ReentrantLock());
                connections.put(ref.id(), c);
            }
            MailStore.Mailbox box = c.box();
            long validity = box.uidValidity();
            if (ref.uidValidity() == null || ref.uidValidity() != validity) {
                mail.restart(ref.id(), validity, box.uidNext());
                return;
            }
            List<MailHeader> fresh = box.after(ref.lastUid(), BATCH);
            if (!fresh.isEmpty()) {
                mail.newMail(ref.id(), ref.lastUid(), fresh);
            }
            if (!pending.isEmpty()) {
                Set<Long> seen = box.seen(pending);
                if (!seen.isEmpty()) {
                    mail.seen(ref, seen);
                }
            }
            // Any command ended the IDLE: start it again (a no-op where the server or connection cannot).
            if (box.watch(() -> arrived(ref.id()))) {
                idleWatched.add(ref.id());
            } else {
                idleWatched.remove(ref.id());
            }
        } catch (MailAccessException e) {
            idleWatched.remove(ref.id());
            if (c != null) {
                c.box().close();
            }
            connections.remove(ref.id());
            // The kind only: the message of a refused login may echo the user name, never the password.
            mail.failed(ref.id(), e.kind().name());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "checking mailbox " + ref.id() + " failed", e);
        }
    }
}
