package com.switchboard.billing.pay;

import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The payment notification verifiers: the real check when its key is configured, else the offline refusal. */
@ApplicationScoped
public class PaymentVerifiers {
    @Inject
    @ConfigProperty(name = "switchboard.pay.alipay.public-key")
    Optional<String> alipayPublicKey;
    @Inject
    @ConfigProperty(name = "switchboard.pay.alipay.app-id")
    Optional<String> alipayAppId;
    @Inject
    @ConfigProperty(name = "switchboard.pay.wx.api-key")
    Optional<String> wxApiKey;
    @Inject
    @ConfigProperty(name = "switchboard.pay.wx.app-id")
    Optional<String> wxAppId;
    @Inject
    @ConfigProperty(name = "switchboard.pay.wx.mch-id")
    Optional<String> wxMchId;

    @Produces
    @Singleton
    AlipayVerifier alipay() {
        return Settings.value(alipayPublicKey)
                .map(k -> AlipayVerifier.rsa2(AlipayNotify.publicKey(k), alipayAppId.orElse("")))
                .orElseGet(AlipayVerifier::offline);
    }

    @Produces
    @Singleton
    WechatVerifier wechat() {
        return Settings.value(wxApiKey).map(k -> WechatVerifier.apiKey(k, wxAppId.orElse(""), wxMchId.orElse("")))
                .orElseGet(WechatVerifier::offline);
    }
}
