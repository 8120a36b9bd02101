package com.switchboard.it.heihei;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HH-PAY-04/05, 07..10: tickets into diamonds, the Alipay account, withdrawals and their review by operators. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiCashIT {
    static final String ID = "11010519491231002X";
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject wallet(User user) {
        return hh.call("api/payment/statistic", user, fields());
    }

    private JsonObject bind(User user, String code, String name, String id, String phone) {
        return hh.call("api/payment/verify-alipay", user, fields().add("alipaycode", code).add("username", name)
                .add("idcard", id).add("phone", phone));
    }

    private JsonObject withdraw(User user, String code, long fen) {
        return hh.call("api/payment/pay-req", user, fields().add("alipaycode", code).add("payamount", fen));
    }

    private Api.Reply ops(String method, String path) {
        return hh.api.send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Authorization", "Bearer " + Api.OPS_TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private JsonObject pendingOf(User user) {
        Api.Reply list = ops("GET", "ops/heihei/withdrawals?status=pending");
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("withdrawals").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getJsonNumber("userId").longValue() == user.id()).findFirst().orElseThrow();
    }

    @Test
    void ticketsAreExchangedForDiamondsInOneStep() {
        User user = hh.signIn();
        JsonObject packages = hh.call("api/payment/list-p2g-package", user, fields());
        assertCode(0, packages);
        JsonObject first = packages.getJsonArray("packages").getJsonObject(0);
        int point = first.getInt("point");
        int gold = first.getInt("gold");
        assertCode(741, hh.call("api/payment/p2g", user, fields().add("packageId", first.getInt("id"))));
        assertEquals(200, hh.credit(user.id(), 0, point + 5).status());
        assertCode(726, hh.call("api/payment/p2g", user, fields().add("packageId", 999)));
        JsonObject exchanged = hh.call("api/payment/p2g", user, fields().add("packageId", first.getInt("id")));
        assertCode(0, exchanged);
        assertEquals(5, exchanged.getInt("point"));
        assertTrue(exchanged.getString("order").startsWith("P2G"));
        assertEquals(gold, wallet(user).getJsonNumber("gold").longValue());
        assertCode(741, hh.call("api/payment/p2g", user, fields().add("packageId", first.getInt("id"))));
        assertEquals(5, wallet(user).getJsonNumber("point").longValue(), "a refused exchange changes nothing");
    }

    @Test
    void anAlipayAccountIsBoundAfterChecksAndShownMasked() {
        User user = hh.signIn();
        JsonObject none = hh.call("api/payment/get-alipay-info", user, fields());
        assertCode(0, none);
        assertFalse(none.containsKey("info"));
        assertCode(726, bind(user, "13800138000", "张三", "110105194912310021", "13800138000"), "check character");
        assertCode(726, bind(user, "13800138000", "张三", ID, "1380013800"), "10-digit phone");
        assertCode(700, bind(user, "13800138000", "张三", ID + "0", "13800138000"), "longer than the column");
        assertFalse(hh.call("api/payment/get-alipay-info", user, fields()).containsKey("info"));
        JsonObject bound = bind(user, "zhang.san@example.com", "张三", ID, "13800138000");
        assertCode(0, bound);
        assertEquals("zhang.san@example.com", bound.getString("alipayCode"));
        JsonObject info = hh.call("api/payment/get-alipay-info", user, fields()).getJsonObject("info");
        assertEquals("zhang.san@example.com", info.getString("alipaycode"));
        assertEquals("张三", info.getString("name"));
        assertEquals("**************002X", info.getString("idcard"));
        assertEquals("*******8000", info.getString("phone"));
    }

    @Test
    void aWithdrawalHoldsItsTicketsUntilAnOperatorApprovesOrRejectsItOnce() throws Exception {
        User user = hh.signIn();
        JsonObject cash0 = hh.call("api/payment/cash-info", user, fields());
        assertCode(0, cash0);
        assertEquals(0, cash0.getInt("cash"));
        assertFalse(cash0.getString("rule").isBlank());
        assertEquals(200, hh.credit(user.id(), 0, 100_000).status());
        JsonObject cash = hh.call("api/payment/cash-info", user, fields());
        assertEquals(100_000, cash.getInt("point"));
        assertTrue(cash.getInt("cash") > 0, cash::toString);
        long perTicket = cash.getInt("cash") / 100_000L;

        assertCode(726, withdraw(user, "13800138000", 100), "nothing bound");
        assertCode(0, bind(user, "13800138000", "李四", ID, "13800138000"));
        assertCode(726, withdraw(user, "13900139000", 100), "not the bound account");
        assertCode(740, withdraw(user, "13800138000", cash.getInt("cash") + 1L), "more than the tickets are worth");
        assertCode(700, withdraw(user, "13800138000", 0));
        assertCode(700, withdraw(user, "13800138000", 100_000_001L), "past the numeric bound");
        JsonObject asked = withdraw(user, "13800138000", 100);
        assertCode(0, asked);
        assertEquals("提现申请已提交", asked.getString("reqmsg"));
        long held = 100 / perTicket;
        assertEquals(100_000 - held, wallet(user).getJsonNumber("point").longValue(), "the tickets are held back");

        JsonObject pending = pendingOf(user);
        assertEquals(100, pending.getInt("amountFen"));
        assertEquals("13800138000", pending.getString("alipaycode"));
        long id = pending.getJsonNumber("id").longValue();
        List<CompletableFuture<Api.Reply>> both = List.of(
                CompletableFuture.supplyAsync(() -> ops("POST", "ops/heihei/withdrawals/" + id + "/approve?payoutRef=T1")),
                CompletableFuture.supplyAsync(() -> ops("POST", "ops/heihei/withdrawals/" + id + "/approve?payoutRef=T2")));
        List<Integer> statuses = both.stream().map(f -> f.join().status()).sorted().toList();
        assertEquals(List.of(200, 409), statuses, "approved once");
        assertEquals(409, ops("POST", "ops/heihei/withdrawals/" + id + "/reject").status());
        assertEquals(404, ops("POST", "ops/heihei/withdrawals/12345/reject").status());
        assertEquals(400, ops("GET", "ops/heihei/withdrawals?status=lost").status());
        assertEquals(100_000 - held, wallet(user).getJsonNumber("point").longValue(), "paid out");

        assertCode(0, withdraw(user, "13800138000", 200));
        long second = pendingOf(user).getJsonNumber("id").longValue();
        assertEquals(100_000 - held - 200 / perTicket, wallet(user).getJsonNumber("point").longValue());
        Api.Reply rejected = ops("POST", "ops/heihei/withdrawals/" + second + "/reject");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("rejected", rejected.json().getString("status"));
        assertEquals(100_000 - held, wallet(user).getJsonNumber("point").longValue(), "given back");
        int unauthorised = hh.api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "ops/heihei/withdrawals"))
                .header("Authorization", "Bearer wrong").GET().build()).status();
        assertTrue(unauthorised == 401 || unauthorised == 404, "status " + unauthorised);

        JsonObject audit = HeiheiGiftIT.assertAuditClean(hh);
        assertTrue(audit.getJsonObject("totals").getJsonObject("reserved").containsKey("payout"), audit::toString);
    }
}
