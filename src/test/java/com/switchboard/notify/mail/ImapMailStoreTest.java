package com.switchboard.notify.mail;

import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The IMAP client over plain IMAP, watching by IDLE (GreenMail offers it). */
class ImapMailStoreTest extends MailStoreContract {
    private ExecutorService idleThreads;
    private ImapMailStore store;

    @BeforeEach
    void createStore() {
        idleThreads = Executors.newCachedThreadPool();
        store = new ImapMailStore(Duration.ofSeconds(5), null, idleThreads);
    }

    @AfterEach
    void closeStore() {
        store.close();
        idleThreads.shutdownNow();
    }

    @Override
    boolean expectsIdle() {
        return true;
    }

    @Override
    String imapProtocol() {
        return ServerSetup.PROTOCOL_IMAP;
    }

    @Override
    MailStore store() {
        return store;
    }
}
