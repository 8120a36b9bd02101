package com.switchboard.platform.pay;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WechatNotifyTest {
    @Test
    void wechatsOwnDocumentedExampleSignsTheSameWay() {
        // The example of WeChat Pay's signing guide (API v2, MD5).
        Map<String, String> m = Map.of("appid", "wxd930ea5d5a258f4f", "mch_id", "10000100", "device_info", "1000",
                "body", "test", "nonce_str", "ibuaiVcKdpRxkhJA");
        assertEquals("9A0A8659F005D6984697E2CA0A9CF3B7", WechatNotify.sign(m, "192006250b4c09247ec02edce69f6a2d"));
    }

    @Test
    void aSignedNotificationVerifiesAndTamperingOrAnotherMerchantDoesNot() {
        Map<String, String> m = new HashMap<>(Map.of("appid", "wxapp", "mch_id", "1900000109", "nonce_str", "n1",
                "result_code", "SUCCESS", "return_code", "SUCCESS", "out_trade_no", "P1", "transaction_id", "4200",
                "total_fee", "5600", "sign_type", "HMAC-SHA256"));
        m.put("sign", WechatNotify.sign(m, "it-key"));
        String xml = "<xml>" + m.entrySet().stream().map(e -> "<" + e.getKey() + "><![CDATA[" + e.getValue() + "]]></"
                + e.getKey() + ">").reduce("", String::concat) + "</xml>";
        Map<String, String> parsed = WechatNotify.parse(xml).orElseThrow();
        var v = WechatNotify.verify(parsed, "it-key", "wxapp", "1900000109").orElseThrow();
        assertEquals(5600, v.totalFee());
        assertTrue(v.paid());
        parsed.put("total_fee", "1");
        assertTrue(WechatNotify.verify(parsed, "it-key", "wxapp", "1900000109").isEmpty());
        assertTrue(WechatNotify.verify(m, "other-key", "wxapp", "1900000109").isEmpty());
        assertTrue(WechatNotify.verify(m, "it-key", "wxapp", "another-mch").isEmpty());
        assertTrue(WechatNotify.verify(m, null, "wxapp", "1900000109").isEmpty());
        assertTrue(WechatNotify.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><a>&e;</a></xml>")
                .isEmpty());
    }

    @Test
    void aBodyNestedDeeperThanANotificationIsRefusedWithoutRecursing() {
        String deep = "<xml>" + "<a>".repeat(100_000) + "x" + "</a>".repeat(100_000) + "</xml>";
        assertTrue(WechatNotify.parse(deep).isEmpty());
        assertTrue(WechatNotify.parse("<xml><a><b>x</b></a></xml>").isPresent());
        assertTrue(WechatNotify.parse("<other><a>x</a></other>").isEmpty());
        assertTrue(WechatNotify.parse("<xml><a>x</a>").isEmpty());
    }
}
