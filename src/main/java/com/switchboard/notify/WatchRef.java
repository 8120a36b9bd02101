package com.switchboard.notify;

import com.switchboard.notify.mail.MailServer;

import java.time.Instant;

/** A mailbox as the watcher needs it; {@code updatedAt} changes when VOIP-40 sets new credentials. */
public record WatchRef(Long id, Long userId, String mailAcc, MailServer server, String pwdCipher, Long uidValidity,
                       long lastUid, Instant updatedAt) {
    static WatchRef of(MailAccount a) {
        return new WatchRef(a.id(), a.userId(), a.mailAcc(), new MailServer(a.host(), a.port(), a.tls()),
                a.pwdCipher(), a.uidValidity(), a.lastUid(), a.updatedAt());
    }
}
