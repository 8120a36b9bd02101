package com.switchboard.platform.sms;

import jakarta.ejb.ApplicationException;

/** An SMS code not sent or not redeemed; each family answers it in its own dialect. */
@ApplicationException(rollback = true)
public class SmsRefused extends RuntimeException {
    public enum Reason {
        /** A code was sent to this phone within the resend window, or an address or the service hit its limit. */
        TOO_FREQUENT,
        /** No usable code for (phone, purpose), or not this one. */
        WRONG_CODE
    }

    private final Reason reason;

    public SmsRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
