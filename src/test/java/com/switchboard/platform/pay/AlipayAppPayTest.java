package com.switchboard.platform.pay;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app-pay order string verifies as Alipay verifies it, with the public half of our application key. */
public class AlipayAppPayTest {
    /** An order string's parameters, URL-decoded. */
    public static Map<String, String> decode(String orderString) {
        Map<String, String> out = new HashMap<>();
        for (String pair : orderString.split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static boolean verifies(Map<String, String> p, KeyPair keys) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.getPublic());
        rsa.update(AlipayNotify.signedContent(p).getBytes(StandardCharsets.UTF_8));
        return rsa.verify(Base64.getDecoder().decode(p.get("sign")));
    }

    @Test
    void theOrderStringIsSignedRsa2OverItsSortedParameters() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        String s = new AlipayAppPay(keys.getPrivate(), "2021000000000001").orderString("HH1", "6.00", "黑黑钻石",
                "https://example.com/api/payment/alipaycallback", "2026-12-05 12:00:00");
        Map<String, String> p = decode(s);
        assertEquals("alipay.trade.app.pay", p.get("method"));
        assertEquals("RSA2", p.get("sign_type"));
        assertEquals("2021000000000001", p.get("app_id"));
        assertTrue(p.get("biz_content").contains("\"out_trade_no\":\"HH1\""), p.get("biz_content"));
        assertTrue(p.get("biz_content").contains("\"total_amount\":\"6.00\""));
        assertTrue(verifies(p, keys));
        p.put("biz_content", p.get("biz_content").replace("6.00", "0.01"));
        assertFalse(verifies(p, keys));
    }
}
