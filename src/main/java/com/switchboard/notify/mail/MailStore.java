package com.switchboard.notify.mail;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The mail server, an external system (voip.md §6): open a user's inbox and read what is new in it. */
public interface MailStore {
    /** Logs in and opens the inbox read-only; the caller closes it. */
    Mailbox open(MailServer server, String login, String password) throws MailAccessException;

    /** One open inbox; kept open between checks, so calls on it are made by one thread at a time. */
    interface Mailbox extends AutoCloseable {
        /** UIDVALIDITY: when it changes, every UID seen before means nothing. */
        long uidValidity() throws MailAccessException;

        /** The UID the next message will get (UIDNEXT). */
        long uidNext() throws MailAccessException;

        /** Messages with a UID above {@code lastUid}, oldest first, at most {@code max}. */
        List<MailHeader> after(long lastUid, int max) throws MailAccessException;

        /** The newest {@code max} messages, oldest first. */
        List<MailHeader> newest(int max) throws MailAccessException;

        /** Which of these UIDs carry the \Seen flag (read in some mail client). */
        Set<Long> seen(Collection<Long> uids) throws MailAccessException;

        /** Whether the server offers IMAP IDLE. */
        boolean supportsIdle();

        /**
         * Asks to be told when mail arrives, by IMAP IDLE, without a thread of its own. Any other call on the mailbox
         * ends the IDLE: call again after it.
         *
         * @return false when this mailbox cannot be watched so (no IDLE, or a connection IDLE cannot share)
         */
        boolean watch(Runnable onArrival) throws MailAccessException;

        boolean isOpen();

        @Override
        void close();
    }
}
