package com.switchboard.billing.pay;

import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/** Apple's verifyReceipt when {@code switchboard.pay.apple.verify-url} is set, else the offline default (verifies nothing). */
@ApplicationScoped
public class AppleReceiptVerifiers {
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.verify-url")
    Optional<String> verifyUrl;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.sandbox-url")
    Optional<String> sandboxUrl;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.shared-secret")
    Optional<String> sharedSecret;

    @Produces
    @Singleton
    AppleReceipts receipts() {
        return Settings.value(verifyUrl)
                .<AppleReceipts>map(u -> new AppleVerifyReceiptClient(URI.create(u),
                        Settings.value(sandboxUrl).map(URI::create).orElse(null), sharedSecret.orElse(null)))
                .orElseGet(OfflineAppleReceipts::new);
    }
}
