package com.switchboard.it.conference;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.conference.isv.IsvSignature;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** conference.md CONF-01..03 over HTTP like an integrator: signed GET query strings and POST forms. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsvIT {
    final Api api = new Api();
    final IsvClient isv = new IsvClient(api);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject register(IsvClient.App app, String keyTemp, String company) {
        return isv.get("accountReg", IsvClient.signed("account_identifer", app.identifer(), keyTemp, IsvClient.epochMillisNow(),
                "company_identifer", company, "authData", IsvClient.AUTH_DATA, "record_url", "", "status_url", ""));
    }

    @Test
    void onboardingRefreshesKeysRegistersOnceAndRecharges() {
        IsvClient.App app = isv.provision();
        // CONF-01 for the application: a new temporary key, and the old one stops working.
        JsonObject refreshed = isv.get("getAccountkey", IsvClient.signed("account_identify", app.identifer(), app.keyPermanent(),
                IsvClient.epochMillisNow()));
        IsvClient.assertResult("0", refreshed);
        String appKeyTemp = refreshed.getString("key_temp");
        assertNotEquals(app.keyTemp(), appKeyTemp);
        IsvClient.assertResult("1", register(app, app.keyTemp(), "old-key-" + UUID.randomUUID()));

        String company = "company-" + UUID.randomUUID();
        JsonObject reg = register(app, appKeyTemp, company);
        IsvClient.assertResult("0", reg);
        JsonObject data = reg.getJsonObject("data");
        assertEquals("1", data.getString("account_status"));
        String account = data.getString("account_identify");
        assertEquals(32, account.length());
        IsvClient.assertResult("7", register(app, appKeyTemp, company));

        // CONF-01 for the account, signed with its permanent key; then CONF-03 by POST form with the new key.
        JsonObject accountKey = isv.postForm("getAccountkey", IsvClient.signed("account_identify", account,
                data.getString("key_permanent"), IsvClient.compactNow()));
        IsvClient.assertResult("0", accountKey);
        String keyTemp = accountKey.getString("key_temp");
        IsvClient.assertResult("0", isv.postForm("accountRecharge", IsvClient.signed("account_identify", account, keyTemp, IsvClient.epochMillisNow(),
                "amount", "100", "type", "01", "unit_price", "0.15", "ability_type", "COMM")));
        IsvClient.assertResult("0", isv.get("accountRecharge", IsvClient.signed("account_identify", account, keyTemp, IsvClient.compactNow(),
                "amount", "30", "type", "02", "unit_price", "0.15", "ability_type", "COMM")));
        IsvClient.assertResult("1", isv.get("accountRecharge", IsvClient.signed("account_identify", account, data.getString("key_temp"),
                IsvClient.epochMillisNow(), "amount", "30", "type", "02", "unit_price", "0.15", "ability_type", "COMM")));
        IsvClient.assertResult("2", isv.get("accountRecharge", IsvClient.signed("account_identify", account, keyTemp, IsvClient.epochMillisNow(),
                "amount", "30", "type", "03", "unit_price", "0.15", "ability_type", "COMM")));
        IsvClient.assertResult("2", isv.get("accountRecharge", IsvClient.signed("account_identify", account, keyTemp, IsvClient.epochMillisNow(),
                "amount", "-5", "type", "01", "unit_price", "0.15", "ability_type", "COMM")));
    }

    @Test
    void badSignaturesStaleTimestampsReplaysAndUnknownIdentitiesAreRefused() {
        IsvClient.App app = isv.provision();
        String now = IsvClient.epochMillisNow();
        Map<String, String> good = IsvClient.signed("account_identify", app.identifer(), app.keyPermanent(), now);

        Map<String, String> wrong = new LinkedHashMap<>(good);
        wrong.put("sign", IsvSignature.sign(app.identifer(), "not-the-key", now));
        IsvClient.assertResult("1", isv.get("getAccountkey", wrong));

        String stale = Long.toString(System.currentTimeMillis() - 6 * 60_000L);
        IsvClient.assertResult("1", isv.get("getAccountkey", IsvClient.signed("account_identify", app.identifer(), app.keyPermanent(),
                stale)));
        IsvClient.assertResult("1", isv.get("getAccountkey", IsvClient.signed("account_identify", app.identifer(), app.keyPermanent(),
                "2015-05-04 14:14:20")));

        Map<String, String> upper = new LinkedHashMap<>(good);
        upper.put("sign", good.get("sign").toUpperCase());
        JsonObject accepted = isv.get("getAccountkey", upper);
        IsvClient.assertResult("0", accepted);
        String appKeyTemp = accepted.getString("key_temp");
        IsvClient.assertResult("1", isv.get("getAccountkey", good)); // the same signature again: a replay

        IsvClient.assertResult("3", isv.get("getAccountkey", IsvClient.signed("account_identify", "NO-SUCH-ACCOUNT", "k", IsvClient.epochMillisNow())));
        IsvClient.assertResult("2", isv.get("getAccountkey", Map.of("account_identify", app.identifer())));
        Api.Reply unknown = api.get("httpIntf/noSuchMethod.do?" + IsvClient.form(good), null);
        assertEquals(404, unknown.status());
        IsvClient.assertResult("2", unknown.json());
        IsvClient.assertResult("2", isv.get("accountReg", IsvClient.signed("account_identifer", app.identifer(), appKeyTemp,
                IsvClient.epochMillisNow(), "company_identifer", "c-" + UUID.randomUUID(), "authData", "not json")));
        IsvClient.assertResult("2", isv.get("accountReg", IsvClient.signed("account_identifer", app.identifer(), appKeyTemp,
                IsvClient.epochMillisNow(), "company_identifer", "c-" + UUID.randomUUID(), "authData", IsvClient.AUTH_DATA,
                "status_url", "ftp://example.com/x")));
    }

    @Test
    void theSameSignatureSentManyTimesAtOnceIsAcceptedOnce() throws Exception {
        IsvClient.App app = isv.provision();
        String query = "httpIntf/getAccountkey.do?" + IsvClient.form(IsvClient.signed("account_identify", app.identifer(),
                app.keyPermanent(), IsvClient.epochMillisNow()));
        List<CompletableFuture<Api.Reply>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> api.get(query, null)));
        }
        List<String> results = new ArrayList<>();
        for (CompletableFuture<Api.Reply> f : sent) {
            Api.Reply r = f.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.status(), r::body);
            results.add(r.json().getString("result"));
        }
        assertEquals(1, results.stream().filter("0"::equals).count(), results::toString);
        assertEquals(7, results.stream().filter("1"::equals).count(), results::toString);
    }

    @Test
    void provisioningNeedsTheOpsToken() {
        Api.Reply reply = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "ops/isv/apps"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());
        assertEquals(401, reply.status());
        Api.Reply noName = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE
                        + "ops/isv/apps")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Api.OPS_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(400, noName.status(), noName::body);
    }
}
