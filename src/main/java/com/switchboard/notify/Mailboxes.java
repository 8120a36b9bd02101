package com.switchboard.notify;

import com.switchboard.notify.mail.ImapMailStore;
import com.switchboard.notify.mail.MailAccessException;
import com.switchboard.notify.mail.MailHeader;
import com.switchboard.notify.mail.MailServer;
import com.switchboard.notify.mail.MailStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The mail server as the notify feature uses it: the IMAP client configured once per instance. */
@ApplicationScoped
public class Mailboxes {
    /** What VOIP-40 reads while verifying: where to start watching, and the mail the H5 page lists at once. */
    public record Snapshot(long uidValidity, long uidNext, List<MailHeader> recent) {
    }

    static final int RECENT = 20;

    @Inject
    NotifySettings settings;
    @Inject
    NotifyKeys keys;
    @Resource
    ManagedExecutorService executor;

    /** VOIP-40's check, bounded by the 5 s timeouts. */
    private ImapMailStore verifier;
    /** The watcher's kept-open connections: a busy server may take longer than 5 s to answer one command. */
    private ImapMailStore store;

    @PostConstruct
    void init() {
        verifier = new ImapMailStore(settings.timeout(), settings.sslTrust());
        store = new ImapMailStore(settings.watchTimeout(), settings.sslTrust(), settings.idle() ? executor : null);
    }

    @PreDestroy
    void stop() {
        store.close();
    }

    /** VOIP-40: logs in with the credentials (within the configured timeouts) and reads the inbox's state. */
    public Snapshot verify(MailServer server, String login, String password) throws MailAccessException {
        try (MailStore.Mailbox box = verifier.open(server, login, password)) {
            return new Snapshot(box.uidValidity(), box.uidNext(), box.newest(RECENT));
        }
    }

    public MailStore.Mailbox open(WatchRef ref) throws MailAccessException {
        return store.open(ref.server(), ref.mailAcc(), keys.cipher().decrypt(ref.pwdCipher()));
    }
}
