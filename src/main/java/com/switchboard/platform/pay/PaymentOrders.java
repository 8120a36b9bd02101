package com.switchboard.platform.pay;

import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * What the payment SDKs need to start a payment: Alipay order strings signed with our application key, WeChat Pay
 * app parameters from a unified order. Without a configured key, the offline defaults sign with a key made at start
 * (no provider accepts those orders, so nothing can be paid through them).
 */
@ApplicationScoped
public class PaymentOrders {
    private static final Logger LOG = Logger.getLogger(PaymentOrders.class.getName());

    @Inject
    PaySettings settings;

    @Produces
    @Singleton
    AlipayAppPay alipayAppPay() {
        return new AlipayAppPay(Settings.value(settings.alipayPrivateKey).map(AlipayAppPay::privateKey)
                .orElseGet(() -> {
                    LOG.info("No switchboard.pay.alipay.private-key: Alipay orders are signed with a key made now");
                    try {
                        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                        g.initialize(2048);
                        return g.generateKeyPair().getPrivate();
                    } catch (NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                }), settings.alipayAppId());
    }

    @Produces
    @Singleton
    WechatAppPay wechatAppPay() {
        var apiKey = Settings.value(settings.wxApiKey);
        var baseUrl = Settings.value(settings.wxBaseUrl);
        WechatUnifiedOrder unified = apiKey.isPresent() && baseUrl.isPresent()
                ? new WechatUnifiedOrderClient(baseUrl.get(), settings.wxAppId(), settings.wxMchId(), apiKey.get())
                : new OfflineWechatUnifiedOrder();
        String key = apiKey.orElseGet(() -> {
            byte[] b = new byte[16];
            new SecureRandom().nextBytes(b);
            return HexFormat.of().formatHex(b);
        });
        return new WechatAppPay(unified, settings.wxAppId(), settings.wxMchId(), key);
    }
}
