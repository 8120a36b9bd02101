package com.switchboard.platform.pay;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** No WeChat merchant reachable: a prepay id of WeChat's shape, made here (no payment can follow from it). */
public final class OfflineWechatUnifiedOrder implements WechatUnifiedOrder {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Optional<String> prepayId(Request order) {
        if (order.outTradeNo() == null || order.outTradeNo().isBlank() || order.totalFee() <= 0) {
            return Optional.empty();
        }
        byte[] id = new byte[14];
        RANDOM.nextBytes(id);
        return Optional.of("wx" + HexFormat.of().formatHex(id));
    }
}
