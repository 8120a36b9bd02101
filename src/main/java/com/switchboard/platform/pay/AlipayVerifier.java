package com.switchboard.platform.pay;

import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;

/**
 * VOIP-55's port: whether an Alipay asynchronous notification is genuine and ours. The real one checks RSA2 with
 * Alipay's public key and our app id; the offline default, with no key configured, refuses every notification.
 */
public interface AlipayVerifier {
    /** The notification's payment, or empty when it is not verifiably Alipay's for our app. */
    Optional<AlipayNotify.Verified> verify(Map<String, String> form);

    static AlipayVerifier rsa2(PublicKey alipayKey, String appId) {
        return form -> AlipayNotify.verify(form, alipayKey, appId);
    }

    /** Refuses what it cannot verify: a forged payment never pays. */
    static AlipayVerifier offline() {
        return form -> Optional.empty();
    }
}
