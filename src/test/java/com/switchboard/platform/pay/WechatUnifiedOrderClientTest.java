package com.switchboard.platform.pay;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real client against the local WeChat Pay: signed both ways. */
class WechatUnifiedOrderClientTest extends WechatUnifiedOrderContract {
    @Override
    protected WechatUnifiedOrder unifiedOrder() {
        return new WechatUnifiedOrderClient(wechat.baseUrl(), APP_ID, MCH_ID, KEY);
    }

    @Test
    void theOrderWeChatRecordsIsOurs() {
        String prepay = unifiedOrder().prepayId(new WechatUnifiedOrder.Request("HH77", 3000, "黑黑钻石",
                "https://example.com/cb", "203.0.113.7")).orElseThrow();
        assertEquals(Map.of("out_trade_no", "HH77", "total_fee", "3000", "notify_url", "https://example.com/cb"),
                wechat.issued.get(prepay));
    }

    @Test
    void aReplyNotSignedWithOurKeyIsNotUsed() {
        wechat.replyKey = "forged-forged-forged-forged-0000";
        assertTrue(unifiedOrder().prepayId(new WechatUnifiedOrder.Request("HH78", 600, "b", "https://e/cb",
                "203.0.113.7")).isEmpty());
    }

    @Test
    void anOrderSignedWithAnotherKeyIsRefusedByWeChat() {
        var client = new WechatUnifiedOrderClient(wechat.baseUrl(), APP_ID, MCH_ID, "another-key-another-key-00000000");
        assertTrue(client.prepayId(new WechatUnifiedOrder.Request("HH79", 600, "b", "https://e/cb", "203.0.113.7"))
                .isEmpty());
        assertEquals(1, wechat.refused.get());
    }
}
