package com.switchboard.it.billing;

import com.switchboard.it.call.CallIT;
import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

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
import java.util.UUID;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static com.switchboard.it.call.CallIT.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Call charging (issue 7): the ITs run with 2-second "minutes" and a group {@code it_meter} whose users start with 2
 * gift minutes and can buy a 2-minute package (pom). Each started unit is paid from the package, then gift minutes,
 * then coins at the VOIP-58 rate (0.10 for a mobile number); a call that nothing can pay is refused or ended.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallChargingIT {
    static final String METER = "it_meter";
    final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    record Caller(User user, String device) {
    }

    private Caller loggedIn(String group) {
        User user = api.selfRegister(group);
        String device = "android-" + user.account();
        assertOk(api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", user.name())
                .add("pwd", user.pwd()).add("device_id", device).add("group_id", group)
                .add("clidata", Api.android()).build()));
        return new Caller(user, device);
    }

    private JsonObject call(Caller c, String callee) {
        return api.post("lwork/mobile/voip/calls", Json.createObjectBuilder().add("user_id", c.user().uuid())
                .add("caller_phone", c.user().account()).add("callee_phone", callee)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", c.device()).add("acc", c.user().account())
                .add("clidata", Api.android()).build());
    }

    private JsonObject legs(String sid) {
        return api.opsGet("ops/billing/calls/" + sid);
    }

    private JsonObject leg(String sid, String role) {
        return legs(sid).getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("role").equals(role)).findFirst().orElse(null);
    }

    private JsonObject usage(User u) {
        return api.post("lwork/mobile/package_usage", Json.createObjectBuilder().add("uuid", u.uuid()).build());
    }

    private JsonObject coins(User u) {
        return api.post("lwork/mobile/get_coin", Json.createObjectBuilder().add("uuid", u.uuid()).build());
    }

    /** Orders and pays through Alipay's signed notification, as a real purchase does. */
    private void buy(User u, String orderPath, JsonObject fields, String amount) throws Exception {
        JsonObject order = api.post(orderPath, Json.createObjectBuilder(fields).add("uuid", u.uuid())
                .add("device_id", "d1").build());
        assertOk(order);
        Api.Reply paid = api.post("lwork/mobile1/paytest/package_pay", "application/x-www-form-urlencoded",
                PaymentIT.notification(PaymentIT.alipayKey(), order.getString("payid"),
                        "2026" + UUID.randomUUID().toString().replace("-", ""), amount));
        assertEquals("success", paid.body());
    }

    private void assertAuditConsistent(User u) {
        JsonObject audit = api.opsGet("ops/billing/audit?uuid=" + u.uuid());
        assertTrue(audit.getBoolean("consistent"), audit::toString);
    }

    @Test
    void aCallIsChargedToPackageMinutesThenGiftMinutesThenCoins() throws Exception {
        Caller c = loggedIn(METER);
        buy(c.user(), "lwork/mobile/get_types_payid", Json.createObjectBuilder().add("money", 1)
                .add("group_id", METER).add("pay_type", "alipay").build(), "1.00");
        buy(c.user(), "lwork/mobile/get_payid", Json.createObjectBuilder().add("money", 1).add("coins", 1).build(),
                "1.00");
        assertEquals(2, usage(c.user()).getInt("lefts"));

        JsonObject started = call(c, CallIT.ANSWERS);
        assertOk(started);
        String sid = started.getString("session_id");
        // 2 package + 2 gift minutes, then coins: wait for the second coin-paid unit.
        awaitTrue(() -> leg(sid, "callee") != null && leg(sid, "callee").getInt("units") >= 6,
                () -> "six units never charged: " + legs(sid));
        assertOk(api.delete("lwork/mobile/voip/calls", Json.createObjectBuilder().add("uuid", c.user().uuid())
                .add("session_id", sid).build()));
        awaitTrue(() -> "SETTLED".equals(leg(sid, "callee").getString("state")), () -> "never settled: " + legs(sid));

        JsonObject leg = leg(sid, "callee");
        int units = leg.getInt("units");
        assertEquals(0, leg.getInt("unpaid_units"));
        assertEquals(2, leg.getInt("pkg_minutes"), leg::toString);
        assertEquals(2, leg.getInt("gift_minutes"), leg::toString);
        BigDecimal spent = new BigDecimal("0.10").multiply(BigDecimal.valueOf(units - 4));
        assertEquals(0, spent.compareTo(leg.getJsonNumber("coins").bigDecimalValue()), leg::toString);

        JsonObject usage = usage(c.user());
        assertEquals(0, usage.getInt("lefts"), usage::toString);
        assertEquals(0, usage.getInt("gifts"));
        assertEquals(units, usage.getInt("month_consumed"));
        JsonObject coins = coins(c.user());
        assertEquals(0, BigDecimal.ONE.subtract(spent).compareTo(coins.getJsonNumber("coins").bigDecimalValue()),
                coins::toString);
        assertEquals(0, spent.compareTo(coins.getJsonNumber("month_consumed").bigDecimalValue()), coins::toString);
        assertAuditConsistent(c.user());
    }

    @Test
    void aRunningCallEndsWhenCreditRunsOutAndTheNextOneIsRefused() {
        Caller c = loggedIn(METER); // 2 gift minutes, no coins
        JsonObject started = call(c, CallIT.ANSWERS);
        assertOk(started);
        String sid = started.getString("session_id");
        awaitTrue(() -> "release".equals(api.getJson("lwork/mobile/voip/calls?session_id=" + sid)
                .getString("peer_status")), () -> "the call was never ended: " + legs(sid));
        awaitTrue(() -> "SETTLED".equals(leg(sid, "callee").getString("state")), () -> "never settled: " + legs(sid));
        JsonObject leg = leg(sid, "callee");
        assertEquals(2, leg.getInt("units"), leg::toString);
        assertEquals(2, leg.getInt("gift_minutes"));
        assertEquals(0, leg.getJsonNumber("coins").bigDecimalValue().signum());
        assertEquals(0, usage(c.user()).getInt("gifts"));
        assertEquals(0, coins(c.user()).getJsonNumber("coins").bigDecimalValue().signum());

        assertFailed("insufficient_balance", call(c, CallIT.ANSWERS));
        assertFailed("insufficient_balance", api.post("lwork/mobile1/callback", Json.createObjectBuilder()
                .add("uuid", c.user().uuid()).add("local", c.user().account()).add("remote", CallIT.ANSWERS)
                .build()));
        assertAuditConsistent(c.user());
    }

    @Test
    void concurrentCallsShareTheCreditAndSpendItExactlyOnce() throws Exception {
        Caller c = loggedIn(METER); // 2 gift minutes
        buy(c.user(), "lwork/mobile/get_payid", Json.createObjectBuilder().add("money", 1).add("coins", 1).build(),
                "1.00"); // 1 coin: 10 units at 0.10
        java.util.List<String> sids = java.util.stream.IntStream.range(0, 3).parallel()
                .mapToObj(i -> call(c, CallIT.ANSWERS)).peek(Api::assertOk)
                .map(r -> r.getString("session_id")).toList();
        for (String sid : sids) {
            awaitTrue(() -> leg(sid, "callee") != null && "SETTLED".equals(leg(sid, "callee").getString("state")),
                    () -> "call " + sid + " was not ended and settled: " + legs(sid));
        }
        int units = 0;
        BigDecimal coins = BigDecimal.ZERO;
        int gifts = 0;
        for (String sid : sids) {
            JsonObject leg = leg(sid, "callee");
            units += leg.getInt("units");
            gifts += leg.getInt("gift_minutes");
            coins = coins.add(leg.getJsonNumber("coins").bigDecimalValue());
        }
        assertEquals(12, units, sids.stream().map(this::legs).toList()::toString);
        assertEquals(2, gifts);
        assertEquals(0, BigDecimal.ONE.compareTo(coins));
        assertEquals(0, coins(c.user()).getJsonNumber("coins").bigDecimalValue().signum());
        assertEquals(0, usage(c.user()).getInt("gifts"));
        assertAuditConsistent(c.user());
    }

    @Test
    void aUserWithNothingIsRefusedAtCallStartAndNothingChanges() {
        Caller c = loggedIn("it_broke"); // a group with no gift minutes
        assertFailed("insufficient_balance", call(c, CallIT.ANSWERS));
        JsonObject usage = usage(c.user());
        assertEquals(0, usage.getInt("gifts"));
        assertEquals(0, usage.getInt("month_consumed"));
        JsonObject history = api.post("lwork/mobile/call_history", Json.createObjectBuilder()
                .add("uuid", c.user().uuid()).add("device_id", c.device()).add("start_id", 0).add("num", 10).build());
        assertOk(history);
        assertEquals(0, history.getJsonArray("history").size(), history::toString); // no call was made
        assertAuditConsistent(c.user());
    }

    @Test
    void anAppToAppCallNeedsNoCreditButItsDivertToAPhoneDoes() throws Exception {
        Caller a = loggedIn("it_broke"); // nothing to pay with
        Caller b = loggedIn("it_broke");
        var poll = api.pollParked(b.user().account(), b.device());
        JsonObject started = api.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", a.user().uuid()).add("caller_phone", a.user().account())
                .add("callee_phone", b.user().account()).add("type", "p2p")
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", a.device()).add("acc", a.user().account())
                .add("clidata", Api.android()).build());
        assertOk(started); // b's app is online: inviting it costs nothing
        String sid = started.getString("session_id");
        assertEquals("p2p_inform_called", Api.answer(poll).getJsonArray("data").getJsonObject(0).getString("event"));
        // b's app never rings; after T_p2p the call would go to b's phone, which a cannot pay: released instead.
        awaitTrue(() -> "release".equals(api.getJson("lwork/mobile/voip/calls?session_id=" + sid)
                .getString("peer_status")), "the undivertable call was not released");
        assertEquals(0, legs(sid).getJsonArray("legs").size());

        User offline = api.selfRegister("it_broke"); // never logged in: offline
        assertFailed("insufficient_balance", api.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", a.user().uuid()).add("caller_phone", a.user().account())
                .add("callee_phone", offline.account()).add("type", "p2p")
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", a.device()).add("acc", a.user().account())
                .add("clidata", Api.android()).build())); // offline: straight to its phone
        assertAuditConsistent(a.user());
    }

    @Test
    void aCallbackChargesEachLegAtTheRateOfItsNumber() {
        Caller c = loggedIn("dth_common"); // 60 gift minutes
        JsonObject started = api.post("lwork/mobile1/callback", Json.createObjectBuilder().add("uuid", c.user().uuid())
                .add("local", c.user().account()).add("remote", "0085218017813673").build());
        assertOk(started);
        String sid = started.getString("session_id");
        awaitTrue(() -> leg(sid, "remote") != null, () -> "the remote leg was never answered: " + legs(sid));
        assertOk(api.delete("lwork/mobile1/callback", Json.createObjectBuilder().add("session_id", sid).build()));
        awaitTrue(() -> legs(sid).getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                .allMatch(l -> "SETTLED".equals(l.getString("state"))), () -> "never settled: " + legs(sid));
        JsonObject local = leg(sid, "local");
        JsonObject remote = leg(sid, "remote");
        assertEquals(c.user().account(), local.getString("called"));
        assertEquals(0, new BigDecimal("0.10").compareTo(local.getJsonNumber("rate").bigDecimalValue()));
        assertEquals(0, new BigDecimal("0.30").compareTo(remote.getJsonNumber("rate").bigDecimalValue()));
        int units = local.getInt("units") + remote.getInt("units");
        assertTrue(local.getInt("units") >= 1 && remote.getInt("units") >= 1, legs(sid)::toString);
        assertEquals(60 - units, usage(c.user()).getInt("gifts"));
        assertEquals(units, usage(c.user()).getInt("month_consumed"));
        assertAuditConsistent(c.user());
    }
}
