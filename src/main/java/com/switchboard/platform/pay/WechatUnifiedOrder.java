package com.switchboard.platform.pay;

import java.util.Optional;

/**
 * WeChat Pay's unified order (API v2 {@code pay/unifiedorder}, {@code trade_type=APP}): the prepay id the app's SDK
 * pays. {@link WechatUnifiedOrderClient} speaks WeChat's API; {@link OfflineWechatUnifiedOrder}, the default without a
 * merchant key, makes the prepay id itself. Both pass {@code WechatUnifiedOrderContract}.
 */
public interface WechatUnifiedOrder {
    /** One order: our number, the amount in fen, what the buyer sees, where WeChat notifies, the buyer's address. */
    record Request(String outTradeNo, long totalFee, String body, String notifyUrl, String clientIp) {
    }

    /** The prepay id, or empty when WeChat refused the order or could not be reached. */
    Optional<String> prepayId(Request order);
}
