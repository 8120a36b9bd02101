package com.switchboard.notify.mail;

import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The IMAP client over TLS (imaps), trusting GreenMail's self-signed certificate by configuration: polled. */
class ImapsMailStoreTest extends MailStoreContract {
    private ExecutorService idleThreads;
    private ImapMailStore store;

    @BeforeEach
    void createStore() {
        idleThreads = Executors.newCachedThreadPool();
        store = new ImapMailStore(Duration.ofSeconds(5), "*", idleThreads);
    }

    @AfterEach
    void closeStore() {
        store.close();
        idleThreads.shutdownNow();
    }

    @Override
    boolean expectsIdle() {
        return false;
    }

    @Override
    String imapProtocol() {
        return ServerSetup.PROTOCOL_IMAPS;
    }

    @Override
    MailStore store() {
        return store;
    }
}
