package com.switchboard.platform.pay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link WechatUnifiedOrder} must do: a well-formed order gets a fresh prepay id of WeChat's shape, which
 * {@link WechatAppPay} turns into PayReq parameters WeChat's SDK accepts; an order without an amount gets none.
 */
public abstract class WechatUnifiedOrderContract {
    static final String APP_ID = "wxd930ea5d5a258f4f";
    static final String MCH_ID = "10000100";
    static final String KEY = "192006250b4c09247ec02edce69f6a2d";
    protected FakeWechatPay wechat;

    @BeforeEach
    void start() throws Exception {
        wechat = new FakeWechatPay(0, APP_ID, MCH_ID, KEY);
    }

    @AfterEach
    void stop() {
        wechat.close();
    }

    protected abstract WechatUnifiedOrder unifiedOrder();

    private static WechatUnifiedOrder.Request order(String no, long fee) {
        return new WechatUnifiedOrder.Request(no, fee, "黑黑钻石", "https://example.com/api/payment/wepaycallback",
                "203.0.113.7");
    }

    @Test
    void aWellFormedOrderGetsAFreshPrepayIdThatTheSdkPays() {
        var first = unifiedOrder().prepayId(order("HH20261205000000000000000001", 600)).orElseThrow();
        var second = unifiedOrder().prepayId(order("HH20261205000000000000000002", 600)).orElseThrow();
        assertTrue(first.matches("wx[0-9a-f]{28}"), first);
        assertNotEquals(first, second);
        var payReq = new WechatAppPay(unifiedOrder(), APP_ID, MCH_ID, KEY).order(order("HH3", 600)).orElseThrow();
        assertTrue(wechat.accepts(payReq), payReq::toString);
    }

    @Test
    void anOrderWithoutAnAmountGetsNoPrepayId() {
        assertTrue(unifiedOrder().prepayId(order("HH4", 0)).isEmpty());
    }
}
