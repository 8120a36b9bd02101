package com.switchboard.notify.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IdleManager;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link MailStore} over IMAP (RFC 3501) with Jakarta Mail / Eclipse Angus, over TLS or plain. IDLE (RFC 2177) is
 * watched by Angus's {@link IdleManager}: one selector thread for every mailbox. It needs socket channels, which
 * TLS sockets do not have, so mailboxes over TLS are polled.
 */
public class ImapMailStore implements MailStore, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ImapMailStore.class.getName());
    private final Session session;
    private final IdleManager idle;

    /**
     * @param timeout  connect and read timeout; VOIP-40 answers {@code pwd_not_matched} when it passes
     * @param sslTrust hosts whose certificate is trusted without a chain to a CA ("*" for all); null: the JDK's
     *                 trust store only, with the host name checked
     */
    public ImapMailStore(Duration timeout, String sslTrust) {
        this(timeout, sslTrust, null);
    }

    /** @param idleExecutor runs the IDLE selector and delivers arrivals; null: no IDLE, every mailbox is polled */
    public ImapMailStore(Duration timeout, String sslTrust, Executor idleExecutor) {
        Properties p = new Properties();
        for (String proto : List.of("imap", "imaps")) {
            p.setProperty("mail." + proto + ".connectiontimeout", Long.toString(timeout.toMillis()));
            p.setProperty("mail." + proto + ".timeout", Long.toString(timeout.toMillis()));
            p.setProperty("mail." + proto + ".fetchsize", "65536");
            if (sslTrust != null && !sslTrust.isBlank()) {
                p.setProperty("mail." + proto + ".ssl.trust", sslTrust);
                p.setProperty("mail." + proto + ".ssl.checkserveridentity", Boolean.toString(!"*".equals(sslTrust)));
            } else {
                p.setProperty("mail." + proto + ".ssl.checkserveridentity", "true");
            }
        }
        if (Boolean.getBoolean("switchboard.mail.debug")) {
            p.setProperty("mail.debug", "true");
        }
        if (idleExecutor != null) {
            p.setProperty("mail.imap.usesocketchannels", "true");
            // Events of every folder of this session on one queue run by the executor, not a thread per folder.
            p.put("mail.event.scope", "session");
            p.put("mail.event.executor", idleExecutor);
        }
        session = Session.getInstance(p);
        IdleManager manager = null;
        if (idleExecutor != null) {
            try {
                manager = new IdleManager(session, idleExecutor);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "IMAP IDLE unavailable, mailboxes will be polled", e);
            }
        }
        idle = manager;
    }

    @Override
    public void close() {
        if (idle != null) {
            idle.stop();
        }
    }

    @Override
    public Mailbox open(MailServer server, String login, String password) throws MailAccessException {
        Store store = null;
        try {
            store = session.getStore(server.tls() ? "imaps" : "imap");
            store.connect(server.host(), server.port(), login, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return new ImapMailbox((IMAPStore) store, (IMAPFolder) inbox, server.tls() ? null : idle);
        } catch (MessagingException e) {
            closeQuietly(store);
            throw translate(e);
        }
    }

    static MailAccessException translate(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return new MailAccessException(MailAccessException.Kind.AUTHENTICATION, "login refused", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return new MailAccessException(MailAccessException.Kind.UNREACHABLE, t.toString(), e);
            }
        }
        return new MailAccessException(MailAccessException.Kind.PROTOCOL, e.toString(), e);
    }

    private static void closeQuietly(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // closing a connection that failed
            }
        }
    }

    private static final class ImapMailbox implements Mailbox {
        private final IMAPStore store;
        private final IMAPFolder inbox;
        private final IdleManager idle;
        private volatile Runnable onArrival;

        ImapMailbox(IMAPStore store, IMAPFolder inbox, IdleManager idle) {
            this.store = store;
            this.inbox = inbox;
            this.idle = idle;
        }

        @Override
        public boolean watch(Runnable arrival) throws MailAccessException {
            if (idle == null || !idle.isRunning() || !supportsIdle()) {
                return false;
            }
            if (onArrival == null) {
                inbox.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent e) {
                        onArrival.run();
                    }
                });
            }
            onArrival = arrival;
            try {
                idle.watch(inbox);
                return true;
            } catch (MessagingException e) {
                throw translate(e);
            }
        }

        @Override
        public long uidValidity() throws MailAccessException {
            try {
                return inbox.getUIDValidity();
            } catch (MessagingException e) {
                throw translate(e);
            }
        }

        @Override
        public long uidNext() throws MailAccessException {
            try {
                // UIDNEXT is as of SELECT on a kept-open folder; the newest message's UID is current.
                refresh();
                long next = Math.max(inbox.getUIDNext(), 1);
                int count = inbox.getMessageCount();
                return count == 0 ? next : Math.max(next, inbox.getUID(inbox.getMessage(count)) + 1);
            } catch (MessagingException e) {
                throw translate(e);
            }
        }

        @Override
        public List<MailHeader> after(long lastUid, int max) throws MailAccessException {
            try {
                refresh();
                // "n:*" always names the newest message, even when its UID is below n: filter.
                Message[] found = inbox.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
                List<Message> newer = new ArrayList<>();
                for (Message m : found) {
                    if (m != null && inbox.getUID(m) > lastUid) {
                        newer.add(m);
                    }
                }
                return headers(newer.subList(0, Math.min(max, newer.size())).toArray(new Message[0]));
            } catch (MessagingException e) {
                throw translate(e);
            }
        }

        @Override
        public List<MailHeader> newest(int max) throws MailAccessException {
            try {
                refresh();
                int count = inbox.getMessageCount();
                if (count <= 0) {
                    return List.of();
                }
                return headers(inbox.getMessages(Math.max(1, count - max + 1), count));
            } catch (MessagingException e) {
                throw translate(e);
            }
        }

        @Override
        public Set<Long> seen(Collection<Long> uids) throws MailAccessException {
            if (uids.isEmpty()) {
                return Set.of();
            }
            try {
                Message[] msgs = Arrays.stream(inbox.getMessagesByUID(uids.stream().mapToLong(Long::longValue)
                        .toArray())).filter(m -> m != null && !m.isExpunged()).toArray(Message[]::new);
                if (msgs.length == 0) {
                    return Set.of();
                }
                // A server-side SEARCH: cached flags of a read-only folder would not show a read elsewhere.
                Set<Long> seen = new HashSet<>();
                for (Message m : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), true), msgs)) {
                    seen.add(inbox.getUID(m));
                }
                return seen;
            } catch (MessagingException e) {
                throw translate(e);
            }
        }

        /** NOOP: the server answers with what arrived since (EXISTS), which a kept-open folder needs to see. */
        private void refresh() throws MessagingException {
            inbox.doCommand(p -> {
                p.noop();
                return null;
            });
        }

        private List<MailHeader> headers(Message[] msgs) throws MessagingException {
            FetchProfile fp = new FetchProfile();
            fp.add(FetchProfile.Item.ENVELOPE);
            fp.add(FetchProfile.Item.FLAGS);
            fp.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(msgs, fp);
            List<MailHeader> out = new ArrayList<>(msgs.length);
            for (Message m : msgs) {
                String from = null;
                if (m.getFrom() != null && m.getFrom().length > 0) {
                    from = m.getFrom()[0] instanceof InternetAddress a
                            ? (a.getPersonal() != null ? a.getPersonal() + " <" + a.getAddress() + ">" : a.getAddress())
                            : m.getFrom()[0].toString();
                }
                var sent = m.getSentDate() != null ? m.getSentDate() : m.getReceivedDate();
                out.add(new MailHeader(inbox.getUID(m), from, m.getSubject(),
                        sent == null ? null : sent.toInstant(), m.isSet(Flags.Flag.SEEN)));
            }
            return out;
        }

        @Override
        public boolean supportsIdle() {
            try {
                return store.hasCapability("IDLE");
            } catch (MessagingException e) {
                return false;
            }
        }

        @Override
        public boolean isOpen() {
            // Not store.isConnected(): that costs a NOOP; a dead connection shows as an exception on the next use.
            return inbox.isOpen();
        }

        @Override
        public void close() {
            try {
                if (inbox.isOpen()) {
                    inbox.close(false);
                }
            } catch (MessagingException ignored) {
                // the connection is going anyway
            }
            closeQuietly(store);
        }
    }
}
