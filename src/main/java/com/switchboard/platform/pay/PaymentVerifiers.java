package com.switchboard.platform.pay;

import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;


/** The payment notification verifiers: the real check when its key is configured, else the offline refusal. */
@ApplicationScoped
public class PaymentVerifiers {
    @Inject
    PaySettings settings;

    @Produces
    @Singleton
    AlipayVerifier alipay() {
        return Settings.value(settings.alipayPublicKey)
                .map(k -> AlipayVerifier.rsa2(AlipayNotify.publicKey(k), settings.alipayAppId.orElse("")))
                .orElseGet(AlipayVerifier::offline);
    }

    @Produces
    @Singleton
    WechatVerifier wechat() {
        return Settings.value(settings.wxApiKey).map(k -> WechatVerifier.apiKey(k, settings.wxAppId.orElse(""),
                settings.wxMchId.orElse("")))
                .orElseGet(WechatVerifier::offline);
    }
}
