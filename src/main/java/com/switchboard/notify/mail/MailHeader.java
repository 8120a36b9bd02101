package com.switchboard.notify.mail;

import java.time.Instant;

/** What the watcher keeps of one message: enough for the push alert and the H5 list. */
public record MailHeader(long uid, String from, String subject, Instant sentAt, boolean seen) {
}
