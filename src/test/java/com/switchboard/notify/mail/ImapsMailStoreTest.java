package com.switchboard.notify.mail;

import com.icegreen.greenmail.util.ServerSetup;

import java.time.Duration;

/** The IMAP client over TLS (imaps), trusting GreenMail's self-signed certificate by configuration. */
class ImapsMailStoreTest extends MailStoreContract {
    @Override
    String imapProtocol() {
        return ServerSetup.PROTOCOL_IMAPS;
    }

    @Override
    MailStore store() {
        return new ImapMailStore(Duration.ofSeconds(5), "*");
    }
}
