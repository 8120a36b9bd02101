package com.switchboard.platform.pay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for WeChat Pay API v2 as a merchant meets it: {@code POST /pay/unifiedorder} takes a signed XML
 * order, checks the signature, our app and merchant and the required fields, and answers a signed reply with a
 * {@code prepay_id}; {@link #accepts} checks the app's {@code PayReq} as WeChat's SDK sends it; {@link #notification}
 * writes the signed payment notification WeChat would post to the order's {@code notify_url}.
 */
public final class FakeWechatPay implements AutoCloseable {
    private static final List<String> REQUIRED = List.of("appid", "mch_id", "nonce_str", "sign", "body",
            "out_trade_no", "total_fee", "spbill_create_ip", "notify_url", "trade_type");
    private final HttpServer server;
    private final String appId;
    private final String mchId;
    private final String apiKey;
    private final SecureRandom random = new SecureRandom();
    /** prepay id → the order it was issued for (out_trade_no, total_fee, notify_url). */
    public final Map<String, Map<String, String>> issued = new ConcurrentHashMap<>();
    public final AtomicInteger refused = new AtomicInteger();
    /** Reply signatures are made with this key (tests swap it to forge a reply). */
    public volatile String replyKey;

    public FakeWechatPay(int port, String appId, String mchId, String apiKey) throws IOException {
        this.appId = appId;
        this.mchId = mchId;
        this.apiKey = apiKey;
        this.replyKey = apiKey;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/pay/unifiedorder", this::unifiedOrder);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void unifiedOrder(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> reply = new LinkedHashMap<>();
        var fields = WechatNotify.parse(body).orElse(Map.of());
        String problem = problem(fields);
        if (problem != null) {
            refused.incrementAndGet();
            reply.put("return_code", "FAIL");
            reply.put("return_msg", problem);
        } else {
            String prepayId = "wx" + HexFormat.of().formatHex(bytes(14));
            issued.put(prepayId, Map.of("out_trade_no", fields.get("out_trade_no"), "total_fee",
                    fields.get("total_fee"), "notify_url", fields.get("notify_url")));
            reply.put("return_code", "SUCCESS");
            reply.put("return_msg", "OK");
            reply.put("appid", appId);
            reply.put("mch_id", mchId);
            reply.put("nonce_str", HexFormat.of().formatHex(bytes(8)));
            reply.put("result_code", "SUCCESS");
            reply.put("prepay_id", prepayId);
            reply.put("trade_type", "APP");
            reply.put("sign", WechatNotify.sign(reply, replyKey));
        }
        byte[] out = WechatUnifiedOrderClient.xml(reply).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(200, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    private String problem(Map<String, String> f) {
        for (String k : REQUIRED) {
            if (f.get(k) == null || f.get(k).isBlank()) {
                return "缺少参数" + k;
            }
        }
        if (!f.get("sign").equals(WechatNotify.sign(f, apiKey))) {
            return "签名错误";
        }
        if (!appId.equals(f.get("appid")) || !mchId.equals(f.get("mch_id"))) {
            return "appid和mch_id不匹配";
        }
        if (!"APP".equals(f.get("trade_type")) || !f.get("total_fee").matches("[1-9]\\d{0,9}")
                || f.get("out_trade_no").length() > 32) {
            return "参数格式错误";
        }
        return null;
    }

    /** Whether WeChat's app SDK would take these PayReq fields: complete, for our app and merchant, signed. */
    public boolean accepts(Map<String, String> payReq) {
        return payReq.keySet().equals(Set.of("appid", "partnerid", "prepayid", "package", "noncestr", "timestamp",
                "sign")) && appId.equals(payReq.get("appid")) && mchId.equals(payReq.get("partnerid"))
                && "Sign=WXPay".equals(payReq.get("package")) && payReq.get("prepayid").startsWith("wx")
                && payReq.get("sign").equals(WechatNotify.sign(payReq, apiKey));
    }

    /** The XML WeChat posts when an order is paid, signed with {@code key}. */
    public String notification(String outTradeNo, long totalFee, String transactionId, String key) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("appid", appId);
        f.put("mch_id", mchId);
        f.put("nonce_str", HexFormat.of().formatHex(bytes(8)));
        f.put("result_code", "SUCCESS");
        f.put("return_code", "SUCCESS");
        f.put("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        f.put("trade_type", "APP");
        f.put("bank_type", "CMC");
        f.put("total_fee", Long.toString(totalFee));
        f.put("cash_fee", Long.toString(totalFee));
        f.put("transaction_id", transactionId);
        f.put("out_trade_no", outTradeNo);
        f.put("time_end", "20261205120000");
        f.put("sign", WechatNotify.sign(f, key));
        return WechatUnifiedOrderClient.xml(f);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
