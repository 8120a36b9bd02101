package com.switchboard.it.heihei;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.billing.PaymentIT;
import com.switchboard.it.heihei.Heihei.User;
import com.switchboard.platform.pay.AlipayAppPayTest;
import com.switchboard.platform.pay.AlipayNotify;
import com.switchboard.platform.pay.AppleReceipts;
import com.switchboard.platform.pay.FakeAppleVerifyReceipt;
import com.switchboard.platform.pay.FakeWechatPay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HH-PAY-01..03 and HH-UNDOC-11/12: a full purchase per channel, from the order to credited diamonds, against local
 * stand-ins for Alipay, WeChat Pay and Apple with keys made for the tests; forged, short, repeated, unknown and
 * concurrent notifications, and the client's word racing them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiPayIT {
    static final String WX_APP = "wxit";
    static final String WX_MCH = "1900000109";
    static final String WX_KEY = "it-wx-api-key-0123456789abcdef";
    static final String BUNDLE = "com.wmlives.heihei";
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject order(User user, int packageId, String channel) {
        return hh.call("api/payment/create-order", user, fields().add("packageId", packageId).add("channel", channel));
    }

    private JsonObject clientNotify(User user, String order, String status, String data) {
        return hh.call("api/payment/order-notify", user, fields().add("order", order).add("status", status)
                .add("data", data));
    }

    private long gold(User user) {
        return hh.call("api/user/user-gold", user, fields()).getJsonObject("user").getJsonNumber("gold").longValue();
    }

    private String alipayCallback(String form) {
        Api.Reply r = hh.api.post("api/payment/alipaycallback", "application/x-www-form-urlencoded", form);
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    private String wepayCallback(String xml) {
        Api.Reply r = hh.api.post("api/payment/wepaycallback", "text/xml", xml);
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    /** Runs the calls at once; their replies in order. */
    private static <T> List<T> atOnce(List<Supplier<T>> calls) {
        List<CompletableFuture<T>> running = new ArrayList<>();
        calls.forEach(c -> running.add(CompletableFuture.supplyAsync(c)));
        return running.stream().map(CompletableFuture::join).toList();
    }

    private static PublicKey ourAppKey() throws Exception {
        try (var in = HeiheiPayIT.class.getResourceAsStream("/pay/heihei-app-it-public.x509.b64")) {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(
                    new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim())));
        }
    }

    @Test
    void packagesPerChannelAndOrdersRefuseWhatIsNotOnSale() {
        User user = hh.signIn();
        for (String channel : List.of("alipay", "wechat", "iap")) {
            JsonObject list = hh.call("api/payment/list-package", user, fields().add("channel", channel));
            assertCode(0, list);
            assertTrue(!list.getJsonArray("packages").isEmpty(), channel);
            list.getJsonArray("packages").getValuesAs(JsonObject.class)
                    .forEach(p -> assertEquals(channel, p.getString("channel")));
        }
        assertCode(700, hh.call("api/payment/list-package", user, fields().add("channel", "paypal")));
        assertCode(700, order(user, 1, "paypal"));
        assertCode(726, order(user, 3, "alipay"), "package 3 is sold through WeChat");
        assertCode(726, order(user, 999, "iap"));
        assertCode(727, clientNotify(user, "HH00000000000000000000000000", "1", "x"));
        String mine = order(user, 5, "iap").getString("order");
        assertCode(727, clientNotify(hh.signIn(), mine, "1", "x"), "another user's order");
        assertCode(700, clientNotify(user, mine, "3", "x"));
        assertCode(0, clientNotify(user, mine, "2", "cancelled"));
        assertEquals(0, gold(user));
    }

    @Test
    void anAlipayOrderIsPaidOnceByItsSignedNotificationOnly() throws Exception {
        User user = hh.signIn();
        JsonObject created = order(user, 1, "alipay");
        assertCode(0, created);
        String orderNo = created.getString("order");
        assertEquals("hh.gold.60", created.getString("productId"));
        Map<String, String> orderString = AlipayAppPayTest.decode(created.getString("data"));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(ourAppKey());
        rsa.update(AlipayNotify.signedContent(orderString).getBytes(StandardCharsets.UTF_8));
        assertTrue(rsa.verify(Base64.getDecoder().decode(orderString.get("sign"))), "signed with our key");
        assertTrue(orderString.get("biz_content").contains("\"out_trade_no\":\"" + orderNo + "\""));
        assertTrue(orderString.get("biz_content").contains("\"total_amount\":\"6.00\""));
        assertTrue(orderString.get("notify_url").endsWith("/api/payment/alipaycallback"));
        assertTrue(!orderNo.equals(order(user, 1, "alipay").getString("order")), "distinct order ids");

        assertCode(0, clientNotify(user, orderNo, "1", "resultStatus=9000"));
        assertEquals(0, gold(user), "the client's word credits nothing");

        PrivateKey alipay = PaymentIT.alipayKey();
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        PrivateKey forger = g.generateKeyPair().getPrivate();
        String trade = "2026120522001" + System.nanoTime();
        assertEquals("failure", alipayCallback(PaymentIT.notification(forger, orderNo, trade, "6.00")));
        assertEquals("failure", alipayCallback(PaymentIT.notification(alipay, orderNo, trade, "0.01")), "short");
        assertEquals("failure", alipayCallback(PaymentIT.notification(alipay, "HHNOSUCHORDER", trade, "6.00")));
        assertEquals(0, gold(user));

        String genuine = PaymentIT.notification(alipay, orderNo, trade, "6.00");
        List<Supplier<String>> racing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racing.add(() -> alipayCallback(genuine));
        }
        racing.add(() -> clientNotify(user, orderNo, "1", "resultStatus=9000").toString());
        List<String> replies = atOnce(racing);
        replies.subList(0, 8).forEach(r -> assertEquals("success", r));
        assertEquals(60, gold(user), "credited once, for the package");
        assertEquals("success", alipayCallback(PaymentIT.notification(alipay, orderNo, trade, "6.00")), "repeated");
        assertEquals(60, gold(user));
        String other = order(user, 1, "alipay").getString("order");
        assertEquals("failure", alipayCallback(PaymentIT.notification(alipay, other, trade, "6.00")),
                "one Alipay trade pays one order");
        assertEquals(60, gold(user));
        HeiheiGiftIT.assertAuditClean(hh);
    }

    @Test
    void aWechatOrderGetsSdkParametersFromTheUnifiedOrderAndIsPaidOnceByItsNotification() throws Exception {
        User user = hh.signIn();
        try (FakeWechatPay wechat = new FakeWechatPay(Integer.getInteger("it.fake.wxpay.port", 9197), WX_APP, WX_MCH,
                WX_KEY)) {
            JsonObject created = order(user, 3, "wechat");
            assertCode(0, created);
            String orderNo = created.getString("order");
            Map<String, String> payReq = new HashMap<>();
            try (var reader = Json.createReader(new StringReader(created.getString("data")))) {
                reader.readObject().forEach((k, v) -> payReq.put(k, ((JsonString) v).getString()));
            }
            assertTrue(wechat.accepts(payReq), payReq::toString);
            Map<String, String> ordered = wechat.issued.get(payReq.get("prepayid"));
            assertEquals(orderNo, ordered.get("out_trade_no"));
            assertEquals("600", ordered.get("total_fee"));
            assertTrue(ordered.get("notify_url").endsWith("/api/payment/wepaycallback"));

            String txn = "42000012" + System.nanoTime();
            assertTrue(wepayCallback(wechat.notification(orderNo, 600, txn, "forged-key")).contains("FAIL"));
            assertTrue(wepayCallback(wechat.notification(orderNo, 1, txn, WX_KEY)).contains("FAIL"), "short");
            assertTrue(wepayCallback("<xml><a><b><c><d>deep</d></c></b></a></xml>").contains("FAIL"));
            assertTrue(wepayCallback(wechat.notification("HHNOSUCHORDER", 600, txn, WX_KEY)).contains("FAIL"));
            assertEquals(0, gold(user));
            String genuine = wechat.notification(orderNo, 600, txn, WX_KEY);
            List<Supplier<String>> racing = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racing.add(() -> wepayCallback(genuine));
            }
            atOnce(racing).forEach(r -> assertTrue(r.contains("SUCCESS"), r));
            assertEquals(60, gold(user));
            assertTrue(wepayCallback(genuine).contains("SUCCESS"), "repeated");
            assertEquals(60, gold(user));
        }
        assertCode(400, order(user, 3, "wechat"), "WeChat unreachable: no order to pay");
    }

    @Test
    void anIapOrderIsPaidOnceByAReceiptAppleValidatesForOurBundleAndProduct() throws Exception {
        User user = hh.signIn();
        try (FakeAppleVerifyReceipt apple = new FakeAppleVerifyReceipt(Integer.getInteger("it.fake.apple.port",
                9192))) {
            JsonObject created = order(user, 5, "iap");
            assertCode(0, created);
            String orderNo = created.getString("order");
            assertEquals("com.wmlives.heihei.gold60", created.getString("productId"));
            assertEquals("userId=" + user.id() + "&packageId=5&channel=iap&payMoney=600", created.getString("data"));
            String txn = "1000000" + System.nanoTime();
            String receipt = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
            String otherApp = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
            String otherProduct = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
            apple.issue(receipt, false, BUNDLE, new AppleReceipts.Purchase("com.wmlives.heihei.gold60", txn));
            apple.issue(otherApp, false, "com.someone.else",
                    new AppleReceipts.Purchase("com.wmlives.heihei.gold60", txn + "1"));
            apple.issue(otherProduct, false, BUNDLE,
                    new AppleReceipts.Purchase("com.wmlives.heihei.gold300", txn + "2"));
            assertCode(400, clientNotify(user, orderNo, "1", "bm90LWlzc3VlZA=="), "Apple does not know it");
            assertCode(400, clientNotify(user, orderNo, "1", otherApp));
            assertCode(400, clientNotify(user, orderNo, "1", otherProduct));
            assertEquals(0, gold(user));
            List<Supplier<JsonObject>> racing = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                racing.add(() -> clientNotify(user, orderNo, "1", receipt));
            }
            atOnce(racing).forEach(r -> assertCode(0, r));
            assertEquals(60, gold(user));
            String second = order(user, 5, "iap").getString("order");
            assertCode(400, clientNotify(user, second, "1", receipt), "one Apple transaction pays one order");
            assertEquals(60, gold(user));
        }
        HeiheiGiftIT.assertAuditClean(hh);
    }
}
