package com.switchboard.notify.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link MailStore} must do, against GreenMail: a real IMAP and SMTP server in the test's JVM. Mail is
 * delivered over SMTP, as it would be in production.
 */
abstract class MailStoreContract {
    static final String ADDR = "alice@example.com";
    static final String LOGIN = "alice";
    static final String PWD = "s3cret";

    GreenMail greenMail;
    ServerSetup smtp;
    ServerSetup imap;

    /** The server protocol the store is tested over: "imap" or "imaps". */
    abstract String imapProtocol();

    abstract MailStore store();

    MailServer server() {
        return new MailServer("127.0.0.1", imap.getPort(), imap.isSecure());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @BeforeEach
    void startMailServer() throws IOException {
        smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        imap = new ServerSetup(freePort(), "127.0.0.1", imapProtocol());
        greenMail = new GreenMail(new ServerSetup[]{smtp, imap});
        greenMail.start();
        greenMail.setUser(ADDR, LOGIN, PWD);
    }

    @AfterEach
    void stopMailServer() {
        greenMail.stop();
    }

    void send(String subject) {
        GreenMailUtil.sendTextEmail(ADDR, "Bob Sender <bob@example.org>", subject, "body of " + subject, smtp);
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        MailAccessException e = assertThrows(MailAccessException.class, () -> store().open(server(), LOGIN, "wrong"));
        assertEquals(MailAccessException.Kind.AUTHENTICATION, e.kind());
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        MailServer nowhere = new MailServer("127.0.0.1", freePort(), imap.isSecure());
        MailAccessException e = assertThrows(MailAccessException.class, () -> store().open(nowhere, LOGIN, PWD));
        assertEquals(MailAccessException.Kind.UNREACHABLE, e.kind());
    }

    @Test
    void mailDeliveredWhileTheInboxIsOpenShowsAfterTheLastUid() throws Exception {
        send("before");
        try (MailStore.Mailbox box = store().open(server(), LOGIN, PWD)) {
            long validity = box.uidValidity();
            long next = box.uidNext();
            assertEquals(List.of(), box.after(next - 1, 10));
            send("first new");
            send("second new");
            List<MailHeader> fresh = box.after(next - 1, 10);
            assertEquals(2, fresh.size());
            assertEquals("first new", fresh.get(0).subject());
            assertEquals("second new", fresh.get(1).subject());
            assertTrue(fresh.get(0).uid() < fresh.get(1).uid());
            assertTrue(fresh.get(0).from().contains("bob@example.org"), fresh.get(0).from());
            assertFalse(fresh.get(0).seen());
            assertEquals(validity, box.uidValidity());
            assertTrue(box.uidNext() > fresh.get(1).uid());
            assertEquals(1, box.after(next - 1, 1).size(), "at most max");
            assertEquals(List.of(), box.after(fresh.get(1).uid(), 10), "n:* must not return the newest again");
            List<MailHeader> newest = box.newest(2);
            assertEquals(List.of("first new", "second new"), newest.stream().map(MailHeader::subject).toList());
        }
    }

    @Test
    void aMessageReadInAnotherClientIsSeen() throws Exception {
        send("one");
        send("two");
        try (MailStore.Mailbox box = store().open(server(), LOGIN, PWD)) {
            List<MailHeader> all = box.after(0, 10);
            long one = all.get(0).uid();
            long two = all.get(1).uid();
            assertEquals(Set.of(), box.seen(List.of(one, two)));
            markSeen(one);
            assertEquals(Set.of(one), box.seen(List.of(one, two)));
        }
    }

    /** A store that may watch by IDLE must tell of an arrival on its own; one that may not says so. */
    @Test
    void arrivalIsToldByIdleWhereTheStoreCanWatch() throws Exception {
        try (MailStore.Mailbox box = store().open(server(), LOGIN, PWD)) {
            java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
            boolean watching = box.watch(arrived::countDown);
            assertEquals(expectsIdle(), watching);
            if (watching) {
                send("while idle");
                assertTrue(arrived.await(10, java.util.concurrent.TimeUnit.SECONDS), "IDLE never told of the mail");
                assertEquals("while idle", box.after(0, 10).get(0).subject());
            }
        }
    }

    /** Whether this store, over this protocol, watches by IDLE. */
    abstract boolean expectsIdle();

    /** Another mail client (say, the user's phone) reads a message. */
    private void markSeen(long uid) throws Exception {
        Properties p = imap.configureJavaMailSessionProperties(new Properties(), false);
        p.setProperty("mail.imaps.ssl.trust", "*");
        Session s = Session.getInstance(p);
        try (Store store = s.getStore(imapProtocol())) {
            store.connect("127.0.0.1", imap.getPort(), LOGIN, PWD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            ((UIDFolder) inbox).getMessageByUID(uid).setFlag(Flags.Flag.SEEN, true);
            inbox.close(false);
        }
    }
}
