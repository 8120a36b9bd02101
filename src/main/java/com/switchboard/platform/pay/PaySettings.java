package com.switchboard.platform.pay;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The payment providers' keys and ids ({@code switchboard.pay.*}); unset keys leave the offline verifiers in place. */
@Dependent
public class PaySettings {
    @Inject
    @ConfigProperty(name = "switchboard.pay.alipay.public-key")
    Optional<String> alipayPublicKey;
    @Inject
    @ConfigProperty(name = "switchboard.pay.alipay.app-id")
    Optional<String> alipayAppId;
    /** Our application private key (Base64 PKCS#8) that signs Alipay app-pay order strings. */
    @Inject
    @ConfigProperty(name = "switchboard.pay.alipay.private-key")
    Optional<String> alipayPrivateKey;
    /** WeChat Pay's API host; with the API key set, orders go to its unifiedorder. */
    @Inject
    @ConfigProperty(name = "switchboard.pay.wx.base-url")
    Optional<String> wxBaseUrl;
    @Inject
    @ConfigProperty(name = "switchboard.pay.wx.api-key")
    Optional<String> wxApiKey;
    @Inject
    @ConfigProperty(name = "switchboard.pay.wx.app-id")
    Optional<String> wxAppId;
    @Inject
    @ConfigProperty(name = "switchboard.pay.wx.mch-id")
    Optional<String> wxMchId;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.verify-url")
    Optional<String> appleVerifyUrl;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.sandbox-url")
    Optional<String> appleSandboxUrl;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.shared-secret")
    Optional<String> appleSharedSecret;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.bundle-id")
    Optional<String> appleBundleId;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.product-prefix")
    Optional<String> appleProductPrefix;

    public String alipayAppId() {
        return alipayAppId.orElse("");
    }

    public String wxAppId() {
        return wxAppId.orElse("");
    }

    public String wxMchId() {
        return wxMchId.orElse("");
    }

    public Optional<String> appleBundleId() {
        return appleBundleId;
    }

    public String appleProductPrefix() {
        return appleProductPrefix.orElse("");
    }
}
