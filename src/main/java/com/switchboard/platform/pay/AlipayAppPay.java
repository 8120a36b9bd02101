package com.switchboard.platform.pay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The order string Alipay's app SDK takes ({@code alipay.trade.app.pay}): the public request parameters with
 * {@code biz_content}, signed as Alipay verifies everything (sorted {@code k=v&…} without {@code sign}, SHA256withRSA
 * with the merchant's application private key), then each value URL-encoded.
 */
public final class AlipayAppPay {
    private final PrivateKey appKey;
    private final String appId;

    public AlipayAppPay(PrivateKey appKey, String appId) {
        this.appKey = appKey;
        this.appId = appId;
    }

    /**
     * @param totalYuan the amount as Alipay writes it ("6.00")
     * @param timestamp "yyyy-MM-dd HH:mm:ss" in Beijing time
     */
    public String orderString(String outTradeNo, String totalYuan, String subject, String notifyUrl,
                              String timestamp) {
        String biz = "{\"out_trade_no\":\"" + json(outTradeNo) + "\",\"total_amount\":\"" + json(totalYuan)
                + "\",\"subject\":\"" + json(subject) + "\",\"product_code\":\"QUICK_MSECURITY_PAY\","
                + "\"timeout_express\":\"30m\"}";
        Map<String, String> p = new TreeMap<>();
        p.put("app_id", appId);
        p.put("method", "alipay.trade.app.pay");
        p.put("format", "JSON");
        p.put("charset", "utf-8");
        p.put("sign_type", "RSA2");
        p.put("timestamp", timestamp);
        p.put("version", "1.0");
        p.put("notify_url", notifyUrl);
        p.put("biz_content", biz);
        p.put("sign", sign(p));
        return p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String sign(Map<String, String> params) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(appKey);
            rsa.update(AlipayNotify.signedContent(params).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Alipay order signing failed", e);
        }
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The application private key as Alipay's tools write it: Base64 PKCS#8, PEM armour and line breaks allowed. */
    public static PrivateKey privateKey(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Configuration switchboard.pay.alipay.private-key: not an RSA PKCS#8 key");
        }
    }
}
