package com.switchboard.platform.sms;

import com.switchboard.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;

/** Offline default: records the SMS it would send in the outbox ({@code GET /ops/outbox?channel=sms}). */
@ApplicationScoped
public class OutboxSmsSender implements SmsSender {
    @Inject
    Outbox outbox;

    @Override
    public void sendAuthCode(String to, String code, SmsPurpose purpose) {
        outbox.record(Outbox.SMS, to, Jsons.createObjectBuilder()
                .add("code", code)
                .add("type", purpose.wire())
                .add("text", "Your " + purpose.app() + " verification code is " + code + ". It is valid for 10 minutes.")
                .build());
    }
}
