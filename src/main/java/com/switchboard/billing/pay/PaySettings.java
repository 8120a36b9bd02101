package com.switchboard.billing.pay;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The payment providers' keys and ids ({@code switchboard.pay.*}); unset keys leave the offline verifiers in place. */
@ConfigProperties(prefix = "switchboard.pay")
public class PaySettings {
    @ConfigProperty(name = "alipay.public-key")
    Optional<String> alipayPublicKey;
    @ConfigProperty(name = "alipay.app-id")
    Optional<String> alipayAppId;
    @ConfigProperty(name = "wx.api-key")
    Optional<String> wxApiKey;
    @ConfigProperty(name = "wx.app-id")
    Optional<String> wxAppId;
    @ConfigProperty(name = "wx.mch-id")
    Optional<String> wxMchId;
    @ConfigProperty(name = "apple.verify-url")
    Optional<String> appleVerifyUrl;
    @ConfigProperty(name = "apple.sandbox-url")
    Optional<String> appleSandboxUrl;
    @ConfigProperty(name = "apple.shared-secret")
    Optional<String> appleSharedSecret;
    @ConfigProperty(name = "apple.bundle-id")
    Optional<String> appleBundleId;
    @ConfigProperty(name = "apple.product-prefix")
    Optional<String> appleProductPrefix;

    public Optional<String> appleBundleId() {
        return appleBundleId;
    }

    public String appleProductPrefix() {
        return appleProductPrefix.orElse("");
    }
}
