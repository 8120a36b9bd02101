package com.switchboard.platform.pay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * WeChat Pay API v2 {@code POST /pay/unifiedorder}: the order as signed XML (MD5 with the merchant's API key); the
 * reply is used only when its own signature, our app id and merchant id check out and both codes are SUCCESS.
 */
public final class WechatUnifiedOrderClient implements WechatUnifiedOrder {
    private static final Logger LOG = Logger.getLogger(WechatUnifiedOrderClient.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI endpoint;
    private final String appId;
    private final String mchId;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param baseUrl {@code https://api.mch.weixin.qq.com} or a stand-in speaking the same API */
    public WechatUnifiedOrderClient(String baseUrl, String appId, String mchId, String apiKey) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/pay/unifiedorder");
        this.appId = appId;
        this.mchId = mchId;
        this.apiKey = apiKey;
    }

    @Override
    public Optional<String> prepayId(Request order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("appid", appId);
        fields.put("mch_id", mchId);
        fields.put("nonce_str", nonce());
        fields.put("body", order.body());
        fields.put("out_trade_no", order.outTradeNo());
        fields.put("total_fee", Long.toString(order.totalFee()));
        fields.put("spbill_create_ip", order.clientIp());
        fields.put("notify_url", order.notifyUrl());
        fields.put("trade_type", "APP");
        fields.put("sign", WechatNotify.sign(fields, apiKey));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(xml(fields), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                LOG.warning("unifiedorder answered HTTP " + response.statusCode());
                return Optional.empty();
            }
            Optional<Map<String, String>> reply = WechatNotify.parse(response.body());
            if (reply.isEmpty() || !"SUCCESS".equals(reply.get().get("return_code"))) {
                LOG.warning("unifiedorder refused: " + reply.map(r -> r.get("return_msg")).orElse("unreadable reply"));
                return Optional.empty();
            }
            Map<String, String> r = reply.get();
            if (!signedByUs(r)) {
                LOG.warning("unifiedorder reply not signed with our merchant key");
                return Optional.empty();
            }
            if (!"SUCCESS".equals(r.get("result_code")) || r.get("prepay_id") == null || r.get("prepay_id").isBlank()) {
                LOG.warning("unifiedorder failed: " + r.get("err_code"));
                return Optional.empty();
            }
            return Optional.of(r.get("prepay_id"));
        } catch (IOException | RuntimeException e) {
            LOG.warning("unifiedorder failed: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The reply's signature with our merchant key, for our app and merchant. */
    private boolean signedByUs(Map<String, String> r) {
        return r.get("sign") != null && appId.equals(r.get("appid")) && mchId.equals(r.get("mch_id"))
                && java.security.MessageDigest.isEqual(WechatNotify.sign(r, apiKey).getBytes(StandardCharsets.US_ASCII),
                r.get("sign").toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    static String nonce() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** {@code <xml><k><![CDATA[v]]></k>…</xml>}, as WeChat's API takes it. */
    public static String xml(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("<xml>");
        fields.forEach((k, v) -> out.append('<').append(k).append("><![CDATA[").append(v.replace("]]>", ""))
                .append("]]></").append(k).append('>'));
        return out.append("</xml>").toString();
    }

    /**
     * What the app's SDK ({@code PayReq}) takes for a prepay id: {@code appid, partnerid, prepayid, package,
     * noncestr, timestamp, sign}, signed MD5 with the merchant key as WeChat requires.
     */
    public static Map<String, String> appParameters(String appId, String mchId, String apiKey, String prepayId,
                                                    long epochSeconds) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("appid", appId);
        p.put("partnerid", mchId);
        p.put("prepayid", prepayId);
        p.put("package", "Sign=WXPay");
        p.put("noncestr", nonce());
        p.put("timestamp", Long.toString(epochSeconds));
        p.put("sign", WechatNotify.sign(p, apiKey));
        return p;
    }
}
