package com.switchboard.notify.mail;

import com.icegreen.greenmail.util.ServerSetup;

import java.time.Duration;

/** The IMAP client over plain IMAP. */
class ImapMailStoreTest extends MailStoreContract {
    @Override
    String imapProtocol() {
        return ServerSetup.PROTOCOL_IMAP;
    }

    @Override
    MailStore store() {
        return new ImapMailStore(Duration.ofSeconds(5), null);
    }
}
