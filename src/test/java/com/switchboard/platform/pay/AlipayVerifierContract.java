package com.switchboard.platform.pay;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link AlipayVerifier} must do: a notification it verifies is Alipay's genuine one for our app, and
 * nothing forged, altered or addressed to another app ever verifies. A subclass builds the verifier for Alipay's key
 * pair and our app id, and says whether it holds the key (the offline default does not, and verifies nothing).
 */
public abstract class AlipayVerifierContract {
    static final String APP_ID = "2021000000000001";
    static final KeyPair ALIPAY = keyPair();
    static final KeyPair FORGER = keyPair();

    protected abstract AlipayVerifier verifier(KeyPair alipay, String appId);

    protected abstract boolean holdsTheKey();

    static KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> notification(String amount, KeyPair signer) throws Exception {
        return AlipayNotifyTest.signed(Map.of("app_id", APP_ID, "out_trade_no", "P1", "trade_no", "2026112722001",
                "total_amount", amount, "trade_status", "TRADE_SUCCESS", "notify_id", "n1"), signer);
    }

    @Test
    void aGenuineNotificationVerifiesExactlyWhenTheKeyIsHeld() throws Exception {
        var verified = verifier(ALIPAY, APP_ID).verify(notification("56.00", ALIPAY));
        assertEquals(holdsTheKey(), verified.isPresent());
        verified.ifPresent(v -> {
            assertEquals("P1", v.outTradeNo());
            assertEquals(0, new BigDecimal("56").compareTo(v.totalAmount()));
            assertTrue(v.paid());
        });
    }

    @Test
    void anAlteredAmountNeverVerifies() throws Exception {
        Map<String, String> tampered = new HashMap<>(notification("56.00", ALIPAY));
        tampered.put("total_amount", "0.01");
        assertTrue(verifier(ALIPAY, APP_ID).verify(tampered).isEmpty());
    }

    @Test
    void aForgedSignatureNeverVerifies() throws Exception {
        assertTrue(verifier(ALIPAY, APP_ID).verify(notification("56.00", FORGER)).isEmpty());
    }

    @Test
    void anotherAppsNotificationNeverVerifies() throws Exception {
        assertTrue(verifier(ALIPAY, "another-app").verify(notification("56.00", ALIPAY)).isEmpty());
    }

    @Test
    void anUnsignedOrGarbledNotificationNeverVerifies() throws Exception {
        Map<String, String> unsigned = new HashMap<>(notification("56.00", ALIPAY));
        unsigned.remove("sign");
        assertTrue(verifier(ALIPAY, APP_ID).verify(unsigned).isEmpty());
        Map<String, String> garbled = new HashMap<>(notification("56.00", ALIPAY));
        garbled.put("sign", "!!not base64!!");
        assertTrue(verifier(ALIPAY, APP_ID).verify(garbled).isEmpty());
        assertTrue(verifier(ALIPAY, APP_ID).verify(Map.of()).isEmpty());
    }
}
