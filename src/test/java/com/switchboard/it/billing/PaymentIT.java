package com.switchboard.it.billing;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.platform.pay.AlipayNotify;
import com.switchboard.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** VOIP-52..55: orders paid by Alipay's RSA2-signed notification, once, for the right amount only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PaymentIT {
    static final String APP_ID = "2021000000000001";
    final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    /** The private half of the test key pair whose public half the server is configured with (pom). */
    public static PrivateKey alipayKey() throws Exception {
        try (var in = PaymentIT.class.getResourceAsStream("/pay/alipay-it-private.pkcs8.b64")) {
            byte[] der = Base64.getDecoder().decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        }
    }

    /** A notification as Alipay posts it: form fields, RSA2 signature over the sorted non-empty ones. */
    public static String notification(PrivateKey key, String payid, String tradeNo, String amount) throws Exception {
        Map<String, String> m = new HashMap<>(Map.of("notify_time", "2026-11-28 00:20:00", "notify_type",
                "trade_status_sync", "notify_id", UUID.randomUUID().toString(), "app_id", APP_ID, "charset", "utf-8",
                "version", "1.0", "sign_type", "RSA2", "trade_no", tradeNo, "out_trade_no", payid,
                "total_amount", amount));
        m.put("trade_status", "TRADE_SUCCESS");
        m.put("subject", "套餐");
        m.put("buyer_id", "");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(AlipayNotify.signedContent(m).getBytes(StandardCharsets.UTF_8));
        m.put("sign", Base64.getEncoder().encodeToString(rsa.sign()));
        return m.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String notify(String form) {
        Api.Reply reply = api.post("lwork/mobile1/paytest/package_pay", "application/x-www-form-urlencoded", form);
        assertEquals(200, reply.status(), reply::body);
        return reply.body();
    }

    private String order(String path, User user, JsonObject fields) {
        JsonObject reply = api.post(path, Json.createObjectBuilder(fields).add("uuid", user.uuid())
                .add("device_id", "d1").build());
        assertOk(reply);
        return reply.getString("payid");
    }

    private JsonObject usage(User user) {
        return api.post("lwork/mobile/package_usage", Json.createObjectBuilder().add("uuid", user.uuid()).build());
    }

    private BigDecimal coins(User user) {
        return api.post("lwork/mobile/get_coin", Json.createObjectBuilder().add("uuid", user.uuid()).build())
                .getJsonNumber("coins").bigDecimalValue();
    }

    @Test
    void aPackageIsPaidOnceByAGenuineNotificationAndNeverByAForgedOne() throws Exception {
        User user = api.selfRegister("dth_common");
        String payid = order("lwork/mobile/get_types_payid", user, Json.createObjectBuilder().add("money", 56)
                .add("group_id", "dth_common").add("pay_type", "alipay").build());

        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        assertEquals("failure", notify(notification(g.generateKeyPair().getPrivate(), payid, "T-forged", "56.00")));
        assertEquals("failure", notify(notification(alipayKey(), payid, "T-cheap", "0.56")));
        assertEquals(0, usage(user).getInt("lefts"), "nothing credited by a forged or short payment");

        String genuine = notification(alipayKey(), payid, "T-" + payid, "56.00");
        assertEquals("success", notify(genuine));
        assertEquals("success", notify(genuine)); // Alipay repeats notifications: the same payment, applied once
        JsonObject usage = usage(user);
        assertEquals(300, usage.getInt("lefts"), usage::toString);
        assertEquals(LocalDate.now().plusMonths(3).toString(), usage.getString("expir_date"));
        assertEquals("failure", notify(notification(alipayKey(), payid, "T-other", "56.00")),
                "another payment cannot pay a paid order");
        assertEquals("failure", notify(notification(alipayKey(), "NO-SUCH-ORDER", "T-x", "56.00")));

        JsonObject history = api.post("lwork/mobile/get_recharges", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").build());
        assertEquals(1, history.getJsonArray("recharges").size(), history::toString);
        JsonObject r = history.getJsonArray("recharges").getJsonObject(0);
        assertEquals(0, new BigDecimal("56").compareTo(r.getJsonNumber("money").bigDecimalValue()));
        assertEquals(LocalDate.now().getYear(), r.getInt("year"));
    }

    @Test
    void concurrentNotificationsOfOneCoinOrderCreditItOnce() throws Exception {
        User user = api.selfRegister("dth_common");
        String payid = order("lwork/mobile/get_payid", user, Json.createObjectBuilder().add("money", 12.5)
                .add("coins", 99).build());
        String genuine = notification(alipayKey(), payid, "T-" + payid, "12.50");
        List<CompletableFuture<String>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> notify(genuine)));
        }
        List<String> replies = sent.stream().map(CompletableFuture::join).toList();
        assertEquals(new BigDecimal("12.50"), coins(user), replies::toString);
        // Every copy that was not applied is retried by Alipay; the next one is told success.
        assertEquals("success", notify(genuine));
        assertEquals(new BigDecimal("12.50"), coins(user));
        // The balance audit: every balance of every user equals its ledger, charges and paid orders.
        JsonObject audit = api.opsGet("ops/billing/audit");
        assertEquals(true, audit.getBoolean("consistent"), () -> audit.getJsonArray("mismatches").toString());
        assertEquals(true, audit.getJsonArray("users").size() > 0);
    }

    /** A WeChat Pay v2 notification, signed with the merchant API key the server is configured with (pom). */
    static String wechatXml(String key, String payid, String transactionId, long totalFee) {
        Map<String, String> m = new HashMap<>(Map.of("appid", "wxit", "mch_id", "1900000109", "nonce_str",
                UUID.randomUUID().toString().replace("-", ""), "result_code", "SUCCESS", "return_code", "SUCCESS",
                "out_trade_no", payid, "transaction_id", transactionId, "total_fee", Long.toString(totalFee),
                "trade_type", "APP", "openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
        m.put("bank_type", "CMC");
        m.put("sign", com.switchboard.platform.pay.WechatNotify.sign(m, key));
        return "<xml>" + m.entrySet().stream().map(e -> "<" + e.getKey() + "><![CDATA[" + e.getValue() + "]]></"
                + e.getKey() + ">").collect(Collectors.joining()) + "</xml>";
    }

    private String wechat(String path, String xml) {
        Api.Reply reply = api.post(path, "text/xml", xml);
        assertEquals(200, reply.status(), reply::body);
        return reply.body();
    }

    @Test
    void weChatPaysAPackageOnceWithItsSignedXmlAtBothSeededPaths() {
        User user = api.selfRegister("dth_common");
        String payid = order("lwork/mobile/get_types_payid", user, Json.createObjectBuilder().add("money", 110)
                .add("group_id", "dth_common").add("pay_type", "wx").build());
        String key = "it-wx-api-key-0123456789abcdef";
        String success = "<return_code><![CDATA[SUCCESS]]></return_code>";
        String fail = "<return_code><![CDATA[FAIL]]></return_code>";

        assertEquals(true, wechat("lwork/mobile1/paytest/package_pay/wx", wechatXml("forged-key", payid, "W1", 11000))
                .contains(fail));
        assertEquals(true, wechat("lwork/mobile1/paytest/package_pay/wx", wechatXml(key, payid, "W1", 100))
                .contains(fail), "a short payment does not pay");
        assertEquals(true, wechat("lwork/mobile1/paytest/package_pay/wx", "<xml><not-signed/></xml>").contains(fail));
        assertEquals(0, usage(user).getInt("lefts"));

        String genuine = wechatXml(key, payid, "W-" + payid, 11000);
        assertEquals(true, wechat("lwork/mobile1/paytest/package_pay/wx", genuine).contains(success));
        assertEquals(true, wechat("lwork/mobile1/paytest/package_pay/%20wx", genuine).contains(success));
        assertEquals(1000, usage(user).getInt("lefts"), "paid once: one standard package");
        // An Alipay payment cannot pay an order made for WeChat Pay.
        assertEquals("failure", notify(notificationUnchecked(payid)));
    }

    private static String notificationUnchecked(String payid) {
        try {
            return notification(alipayKey(), payid, "T-" + payid, "110.00");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonObject apple(User user, String payid, int money, String receipt) {
        return api.post("lwork/mobile1/paytest/package_pay/apple", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("payid", payid).add("device_id", "d1").add("money", money).add("receipt", receipt).build());
    }

    @Test
    void anApplePurchaseIsPaidByAReceiptAppleValidatesAndItsTransactionOnlyOnce() throws Exception {
        try (var apple = new com.switchboard.platform.pay.FakeAppleVerifyReceipt(
                Integer.getInteger("it.fake.apple.port", 9192))) {
            User user = api.selfRegister("dth_common");
            String payid = order("lwork/mobile/get_types_payid", user, Json.createObjectBuilder().add("money", 110)
                    .add("group_id", "dth_common").add("pay_type", "apple").build());
            String receipt = Base64.getEncoder().encodeToString(("receipt-" + payid).getBytes(StandardCharsets.UTF_8));
            String txn = "1000000" + payid.substring(payid.length() - 8);
            apple.issue(receipt, false, "com.lwork.dth",
                    new com.switchboard.platform.pay.AppleReceipts.Purchase("dth_std1", txn));

            Api.assertFailed("receipt_invalid", apple(user, payid, 110, "bm90LWlzc3VlZA=="));
            Api.assertFailed("invalid_money", apple(user, payid, 56, receipt));
            Api.assertFailed("payid_not_exist", apple(user, "NO-SUCH", 110, receipt));
            Api.assertFailed("payid_not_exist", apple(api.selfRegister("dth_common"), payid, 110, receipt));
            String otherApp = Base64.getEncoder().encodeToString(("other-" + payid).getBytes(StandardCharsets.UTF_8));
            apple.issue(otherApp, false, "com.someone.else",
                    new com.switchboard.platform.pay.AppleReceipts.Purchase("dth_std1", txn + "9"));
            Api.assertFailed("receipt_invalid", apple(user, payid, 110, otherApp));
            assertEquals(0, usage(user).getInt("lefts"));

            assertOk(apple(user, payid, 110, receipt));
            assertOk(apple(user, payid, 110, receipt)); // the app sending it again changes nothing
            assertEquals(1000, usage(user).getInt("lefts"));

            // The same Apple transaction cannot pay a second order.
            String second = order("lwork/mobile/get_types_payid", user, Json.createObjectBuilder().add("money", 110)
                    .add("group_id", "dth_common").add("pay_type", "apple").build());
            Api.assertFailed("receipt_invalid", apple(user, second, 110, receipt));
            // A sandbox receipt (TestFlight) is validated by the sandbox, as Apple asks.
            String sandbox = Base64.getEncoder().encodeToString(("sandbox-" + second).getBytes(StandardCharsets.UTF_8));
            apple.issue(sandbox, true, "com.lwork.dth",
                    new com.switchboard.platform.pay.AppleReceipts.Purchase("dth_std1", txn + "2"));
            assertOk(apple(user, second, 110, sandbox));
            assertEquals(2000, usage(user).getInt("lefts"));
        }
    }
}
