package com.switchboard.heihei.pay;

import com.switchboard.platform.wire.HeiheiFailure;

import java.util.Locale;

/** HH-PAY-01/02 {@code channel}. */
public enum PayChannel {
    ALIPAY, WECHAT, IAP;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 700 for anything but {@code alipay}, {@code wechat}, {@code iap}. */
    public static PayChannel of(String wire) {
        for (PayChannel c : values()) {
            if (c.wire().equals(wire)) {
                return c;
            }
        }
        throw HeiheiFailure.badParam("channel must be alipay, wechat or iap");
    }
}
