package com.switchboard.platform.pay;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A WeChat Pay app order: the unified order's prepay id turned into the signed parameters the app's SDK pays. */
public final class WechatAppPay {
    private final WechatUnifiedOrder unifiedOrder;
    private final String appId;
    private final String mchId;
    private final String apiKey;

    public WechatAppPay(WechatUnifiedOrder unifiedOrder, String appId, String mchId, String apiKey) {
        this.unifiedOrder = unifiedOrder;
        this.appId = appId;
        this.mchId = mchId;
        this.apiKey = apiKey;
    }

    /** The SDK's {@code PayReq} fields, or empty when WeChat did not take the order. */
    public Optional<Map<String, String>> order(WechatUnifiedOrder.Request order) {
        return unifiedOrder.prepayId(order).map(prepay -> WechatUnifiedOrderClient.appParameters(appId, mchId,
                apiKey, prepay, Instant.now().getEpochSecond()));
    }
}
