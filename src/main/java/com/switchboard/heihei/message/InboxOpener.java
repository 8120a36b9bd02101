package com.switchboard.heihei.message;

import com.switchboard.heihei.user.UserRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every new user gets an inbox row with the account, so the lock behind exact unread counts exists before the first
 * message (users from before it get theirs at their first message).
 */
@ApplicationScoped
public class InboxOpener {
    @Inject
    Inboxes inboxes;

    void opened(@Observes UserRegistered event) {
        inboxes.open(event.userId());
    }
}
