package com.switchboard.platform.pay;

import java.util.Map;
import java.util.Optional;

/**
 * VOIP-56's port: whether a WeChat Pay v2 notification is genuine and ours. The real one checks MD5 or HMAC-SHA256
 * with our API key, app id and merchant id; the offline default, with no key configured, refuses every notification.
 */
public interface WechatVerifier {
    /** The notification's payment, or empty when it is not verifiably WeChat's for our merchant. */
    Optional<WechatNotify.Verified> verify(Map<String, String> fields);

    static WechatVerifier apiKey(String apiKey, String appId, String mchId) {
        return fields -> WechatNotify.verify(fields, apiKey, appId, mchId);
    }

    static WechatVerifier offline() {
        return fields -> Optional.empty();
    }
}
