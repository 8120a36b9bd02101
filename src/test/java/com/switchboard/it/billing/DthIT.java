package com.switchboard.it.billing;

import com.switchboard.it.call.CallIT;
import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.testing.Await;
import com.switchboard.billing.dth.FakeDthBillingSystem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.UUID;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static com.switchboard.it.call.CallIT.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The billing system's DTH operations (VOIP-63..68), the ltalk CDR service (VOIP-59) and order expiry. The billing
 * system authenticates with {@code SWITCHBOARD_BILLING_TOKEN}; lwork asks it (VOIP-67/68) at a fake on loopback that
 * speaks the client's protocol (pom: {@code SWITCHBOARD_BILLING_DTH_URL}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DthIT {
    static final String TOKEN = System.getProperty("it.billing.token", "it-billing-token");
    static final int FAKE_PORT = Integer.parseInt(System.getProperty("it.fake.dth.port", "9193"));
    final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private Api.Reply billing(String op, JsonObject body, String token) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(Api.BASE + "lwork/dth/" + op))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return api.send(r.build());
    }

    private JsonObject billing(String op, JsonObject body) {
        Api.Reply reply = billing(op, body, TOKEN);
        assertEquals(200, reply.status(), reply::body);
        return reply.json();
    }

    private JsonObject login(String account, String pwd, String device) {
        return api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", account).add("pwd", pwd)
                .add("device_id", device).add("group_id", "dth").add("clidata", Api.android()).build());
    }

    private JsonObject call(String uuid, String account, String device) {
        return api.post("lwork/mobile/voip/calls", Json.createObjectBuilder().add("user_id", uuid)
                .add("caller_phone", "").add("callee_phone", CallIT.ANSWERS)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", device).add("acc", account).add("clidata", Api.android())
                .build());
    }

    @Test
    void theBillingSystemOpensActivatesDeactivatesAndBindsAnAccount() {
        String account = "dth" + Api.uniquePhone();
        String employer = "e" + account;
        JsonObject opened = billing("open", Json.createObjectBuilder().add("group", "dth").add("account", account)
                .add("pwd", "pw-" + account).add("companyid", "15").add("employerid", employer).build());
        assertOk(opened);
        String uuid = opened.getString("uuid");
        // The same request retried is the same account; another password means the name is taken.
        assertEquals(uuid, billing("open", Json.createObjectBuilder().add("group", "dth").add("account", account)
                .add("pwd", "pw-" + account).build()).getString("uuid"));
        assertFailed("username_already_existed", billing("open", Json.createObjectBuilder().add("account", account)
                .add("pwd", "other").build()));

        JsonObject login = login(account, "pw-" + account, "dev-" + account);
        assertOk(login);
        assertFailed("not_actived", call(uuid, account, "dev-" + account));
        assertOk(billing("activate", Json.createObjectBuilder().add("account", account).build()));
        JsonObject started = call(uuid, account, "dev-" + account);
        assertOk(started);
        String sid = started.getString("session_id");
        awaitTrue(() -> "hookoff".equals(api.getJson("lwork/mobile/voip/calls?session_id=" + sid)
                .getString("peer_status")), "the call was never answered");
        assertOk(api.delete("lwork/mobile/voip/calls", Json.createObjectBuilder().add("uuid", uuid)
                .add("session_id", sid).build()));

        assertOk(billing("deactivate", Json.createObjectBuilder().add("account", account).build()));
        assertFailed("not_actived", call(uuid, account, "dev-" + account));

        String unicom = "021" + Api.uniquePhone().substring(3);
        assertEquals("unregistered", stateOfPhone(unicom));
        assertOk(billing("bind_phone", Json.createObjectBuilder().add("account", account).add("phone", unicom)
                .build()));
        assertEquals("offline", stateOfPhone(unicom)); // VOIP-12 finds the account by its bound phone now

        // VOIP-59: the call appears under the (company, employer) pair given at opening, in ltalk's format.
        awaitTrue(() -> cdrs("15", employer).size() == 1, () -> "no CDR: " + cdrs("15", employer));
        JsonObject cdr = cdrs("15", employer).getJsonObject(0);
        assertEquals(CallIT.ANSWERS, cdr.getString("called"));
        assertTrue(cdr.getString("start_time").matches("\\d{4}-\\d{1,2}-\\d{1,2}-\\d{1,2}-\\d{1,2}-\\d{1,2}"),
                cdr::toString);
        assertTrue(cdr.getString("cost").matches("\\d+\\.\\d{2}"), cdr::toString);
        assertTrue(cdr.getInt("charge") >= 1);
        assertEquals(cdr.getInt("charge"), cdr.getInt("pkg_minutes")); // gift minutes paid it
        assertEquals("", cdr.getString("recurl"));
        assertEquals(0, cdrs("15", "nobody").size());
    }

    private String stateOfPhone(String phone) {
        JsonObject status = api.post("lwork/mobile1/query_status", Json.createObjectBuilder().add("users",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("acc", "").add("phone", phone))).build());
        assertOk(status);
        return status.getJsonArray("data").getJsonObject(0).getString("state");
    }

    private JsonArray cdrs(String company, String employer) {
        Api.Reply reply = api.post("service.yaws", "application/x-www-form-urlencoded",
                "command=load_employer_detail&companyid=" + company + "&employerid=" + employer + "&t="
                        + System.currentTimeMillis());
        assertEquals(200, reply.status(), reply::body);
        try (var reader = Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    @Test
    void provisioningNeedsTheBillingTokenAndValidFields() {
        JsonObject body = Json.createObjectBuilder().add("account", "x" + Api.uniquePhone()).add("pwd", "p").build();
        assertEquals(401, billing("open", body, null).status());
        Api.Reply wrong = billing("open", body, "not-the-token");
        assertEquals(401, wrong.status());
        assertFailed("unauthorized", wrong.json());
        assertFailed("invalid_params", billing("open", Json.createObjectBuilder().add("account", "a").build()));
        assertFailed("account_not_exist", billing("activate", Json.createObjectBuilder()
                .add("account", "never-opened-" + UUID.randomUUID()).build()));
        assertFailed("invalid_params", billing("bind_phone", Json.createObjectBuilder().add("account", "a")
                .add("phone", "not a phone").build()));
        Api.Reply unknownCommand = api.post("service.yaws", "application/x-www-form-urlencoded",
                "command=drop_tables&companyid=1&employerid=1");
        assertFailed("invalid_params", unknownCommand.json());
    }

    @Test
    void packageUsageOfADthAccountComesFromTheBillingSystemWhenItAnswers() throws Exception {
        String account = "dth" + Api.uniquePhone();
        String uuid = billing("open", Json.createObjectBuilder().add("account", account).add("pwd", "pw").build())
                .getString("uuid");
        try (FakeDthBillingSystem fake = new FakeDthBillingSystem(FAKE_PORT, TOKEN)) {
            fake.minutes.put(account, 245);
            JsonObject usage = api.post("lwork/mobile/package_usage", Json.createObjectBuilder().add("uuid", uuid)
                    .build());
            assertEquals(245, usage.getInt("lefts"), usage::toString);
            assertEquals(account, fake.requests.get(0).getString("account"));
            // VOIP-68 for operators.
            JsonObject records = api.opsGet("ops/billing/dth/records?account=" + account + "&start="
                    + LocalDate.now().minusDays(30) + "&end=" + LocalDate.now());
            assertEquals(3, records.getJsonArray("records").getJsonObject(0).getInt("minutes"), records::toString);
        }
        // Without an answer, lwork's own figure: no package, no minutes.
        assertEquals(0, api.post("lwork/mobile/package_usage", Json.createObjectBuilder().add("uuid", uuid).build())
                .getInt("lefts"));
    }

    @Test
    void anUnpaidOrderExpiresYetAGenuineLatePaymentIsStillCredited() throws Exception {
        Api.User user = api.selfRegister("dth_common");
        JsonObject order = api.post("lwork/mobile/get_payid", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "d1").add("money", 2).add("coins", 2).build());
        String payid = order.getString("payid");
        assertEquals("created", api.opsGet("ops/billing/orders/" + payid).getString("state"));
        // The ITs expire orders after 20 s (pom); the sweep runs every 5 s.
        Await.until(() -> "expired".equals(api.opsGet("ops/billing/orders/" + payid).getString("state")),
                java.time.Duration.ofSeconds(40), () -> "the order never expired");
        Api.Reply paid = api.post("lwork/mobile1/paytest/package_pay", "application/x-www-form-urlencoded",
                PaymentIT.notification(PaymentIT.alipayKey(), payid, "LATE-" + payid, "2.00"));
        assertEquals("success", paid.body());
        assertEquals("paid", api.opsGet("ops/billing/orders/" + payid).getString("state"));
        assertEquals(0, new java.math.BigDecimal("2").compareTo(api.post("lwork/mobile/get_coin",
                Json.createObjectBuilder().add("uuid", user.uuid()).build()).getJsonNumber("coins")
                .bigDecimalValue()));
    }
}
