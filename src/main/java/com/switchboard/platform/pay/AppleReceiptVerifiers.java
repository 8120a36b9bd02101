package com.switchboard.platform.pay;

import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.URI;

/** Apple's verifyReceipt when {@code switchboard.pay.apple.verify-url} is set, else the offline default (verifies nothing). */
@ApplicationScoped
public class AppleReceiptVerifiers {
    @Inject
    PaySettings settings;

    @Produces
    @Singleton
    AppleReceipts receipts() {
        return Settings.value(settings.appleVerifyUrl)
                .<AppleReceipts>map(u -> new AppleVerifyReceiptClient(URI.create(u),
                        Settings.value(settings.appleSandboxUrl).map(URI::create).orElse(null),
                                settings.appleSharedSecret.orElse(null)))
                .orElseGet(OfflineAppleReceipts::new);
    }
}
