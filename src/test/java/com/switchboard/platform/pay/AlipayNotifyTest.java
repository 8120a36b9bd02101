package com.switchboard.platform.pay;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlipayNotifyTest {
    static Map<String, String> signed(Map<String, String> params, KeyPair alipay) throws Exception {
        Map<String, String> m = new HashMap<>(params);
        m.put("sign_type", "RSA2");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(alipay.getPrivate());
        rsa.update(AlipayNotify.signedContent(m).getBytes(StandardCharsets.UTF_8));
        m.put("sign", Base64.getEncoder().encodeToString(rsa.sign()));
        return m;
    }

    @Test
    void aGenuineNotificationVerifiesAndAnyChangeBreaksIt() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair alipay = g.generateKeyPair();
        KeyPair forger = g.generateKeyPair();
        Map<String, String> n = signed(Map.of("app_id", "2021000000000001", "out_trade_no", "P1",
                "trade_no", "2026112722001", "total_amount", "56.00", "trade_status", "TRADE_SUCCESS",
                "notify_id", "n1", "subject", "季度基础套餐", "buyer_id", ""), alipay);
        var ok = AlipayNotify.verify(n, alipay.getPublic(), "2021000000000001").orElseThrow();
        assertEquals("P1", ok.outTradeNo());
        assertEquals(0, new BigDecimal("56").compareTo(ok.totalAmount()));
        assertTrue(ok.paid());

        Map<String, String> tampered = new HashMap<>(n);
        tampered.put("total_amount", "0.01");
        assertTrue(AlipayNotify.verify(tampered, alipay.getPublic(), "2021000000000001").isEmpty());
        assertTrue(AlipayNotify.verify(n, alipay.getPublic(), "another-app").isEmpty());
        Map<String, String> forged = signed(Map.of("app_id", "2021000000000001", "out_trade_no", "P1",
                "trade_no", "x", "total_amount", "56.00", "trade_status", "TRADE_SUCCESS"), forger);
        assertTrue(AlipayNotify.verify(forged, alipay.getPublic(), "2021000000000001").isEmpty());
        Map<String, String> rsa1 = new HashMap<>(n);
        rsa1.put("sign_type", "RSA");
        assertTrue(AlipayNotify.verify(rsa1, alipay.getPublic(), "2021000000000001").isEmpty());
        assertTrue(AlipayNotify.verify(n, null, "2021000000000001").isEmpty(), "no key configured: nothing pays");
    }
}
