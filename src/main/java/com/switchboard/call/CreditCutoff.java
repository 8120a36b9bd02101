package com.switchboard.call;

import com.switchboard.billing.charging.CreditExhausted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Billing found no credit for a call's next unit: the call ends. */
@ApplicationScoped
public class CreditCutoff {
    @Inject
    VoipCallService calls;

    void on(@Observes CreditExhausted event) {
        calls.endForCredit(event.sessionId());
    }
}
