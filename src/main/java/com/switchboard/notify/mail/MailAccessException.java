package com.switchboard.notify.mail;

/** The mailbox could not be opened: credentials refused, or the server not reached in time. */
public class MailAccessException extends Exception {
    public enum Kind { AUTHENTICATION, UNREACHABLE, PROTOCOL }

    private final Kind kind;

    public MailAccessException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
