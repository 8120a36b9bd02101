package com.switchboard.platform.pay;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link WechatVerifier} must do: only WeChat's genuine notification for our app and merchant verifies,
 * signed with MD5 or HMAC-SHA256 under our API key. A subclass builds the verifier and says whether it holds the
 * key (the offline default does not, and verifies nothing).
 */
public abstract class WechatVerifierContract {
    static final String KEY = "192006250b4c09247ec02edce69f6a2d";
    static final String APP_ID = "wxd930ea5d5a258f4f";
    static final String MCH_ID = "10000100";

    protected abstract WechatVerifier verifier(String apiKey, String appId, String mchId);

    protected abstract boolean holdsTheKey();

    private static Map<String, String> notification(String signType, String key) {
        Map<String, String> f = new HashMap<>(Map.of("appid", APP_ID, "mch_id", MCH_ID, "out_trade_no", "P9",
                "transaction_id", "4200000001", "total_fee", "5600", "return_code", "SUCCESS",
                "result_code", "SUCCESS", "nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"));
        if (signType != null) {
            f.put("sign_type", signType);
        }
        f.put("sign", WechatNotify.sign(f, key));
        return f;
    }

    @Test
    void aGenuineNotificationVerifiesExactlyWhenTheKeyIsHeld() {
        for (String type : new String[]{null, "MD5", "HMAC-SHA256"}) {
            var verified = verifier(KEY, APP_ID, MCH_ID).verify(notification(type, KEY));
            assertEquals(holdsTheKey(), verified.isPresent(), "sign_type " + type);
            verified.ifPresent(v -> {
                assertEquals("P9", v.outTradeNo());
                assertEquals(5600, v.totalFee());
                assertTrue(v.paid());
            });
        }
    }

    @Test
    void anAlteredFeeNeverVerifies() {
        Map<String, String> tampered = notification("HMAC-SHA256", KEY);
        tampered.put("total_fee", "1");
        assertTrue(verifier(KEY, APP_ID, MCH_ID).verify(tampered).isEmpty());
    }

    @Test
    void anotherKeyNeverVerifies() {
        assertTrue(verifier(KEY, APP_ID, MCH_ID).verify(notification("MD5", "not-our-key")).isEmpty());
    }

    @Test
    void anotherMerchantsOrAppsNotificationNeverVerifies() {
        assertTrue(verifier(KEY, APP_ID, "99999999").verify(notification("MD5", KEY)).isEmpty());
        assertTrue(verifier(KEY, "wx-other", MCH_ID).verify(notification("MD5", KEY)).isEmpty());
    }

    @Test
    void anUnsignedNotificationNeverVerifies() {
        Map<String, String> unsigned = notification("MD5", KEY);
        unsigned.remove("sign");
        assertTrue(verifier(KEY, APP_ID, MCH_ID).verify(unsigned).isEmpty());
        assertTrue(verifier(KEY, APP_ID, MCH_ID).verify(Map.of()).isEmpty());
    }
}
