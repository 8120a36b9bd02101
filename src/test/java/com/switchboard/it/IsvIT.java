package com.switchboard.it;

import com.switchboard.conference.IsvSignature;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** conference.md CONF-01..03 over HTTP like an integrator: signed GET query strings and POST forms. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsvIT {
    static final String AUTH_DATA = "{\"name\":\"测试科技有限公司\",\"telephone\":\"01088886666\",\"linker\":\"张三\"}";
    final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    /** An application as operators provision it. */
    record App(String identifer, String keyPermanent, String keyTemp) {
    }

    private App provision() {
        Api.Reply reply = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "ops/isv/apps"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Api.OPS_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"it app\"}")).build());
        assertEquals(200, reply.status(), reply::body);
        JsonObject o = reply.json();
        return new App(o.getString("account_identifer"), o.getString("key_permanent"), o.getString("key_temp"));
    }

    /** yyyyMMddHHmmss in the server's zone (the same JVM default here). */
    private static String compactNow() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    private static final AtomicLong LAST_MILLIS = new AtomicLong();

    /** Epoch milliseconds, never the same twice: a repeated timestamp would repeat the signature (a replay). */
    private static String epochMillisNow() {
        return Long.toString(LAST_MILLIS.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis())));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private JsonObject get(String method, Map<String, String> fields) {
        return api.getJson("httpIntf/" + method + ".do?" + form(fields));
    }

    private JsonObject postForm(String method, Map<String, String> fields) {
        Api.Reply reply = api.post("httpIntf/" + method + ".do", "application/x-www-form-urlencoded", form(fields));
        assertEquals(200, reply.status(), reply::body);
        return reply.json();
    }

    private static Map<String, String> signed(String idField, String id, String key, String timestamp,
                                              String... more) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(idField, id);
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        m.put("timestamp", timestamp);
        m.put("sign", IsvSignature.sign(id, key, timestamp));
        return m;
    }

    private static void assertResult(String result, JsonObject reply) {
        assertEquals(result, reply.getString("result"), reply::toString);
        assertTrue(reply.containsKey("describe"), reply::toString);
    }

    private JsonObject register(App app, String keyTemp, String company) {
        return get("accountReg", signed("account_identifer", app.identifer(), keyTemp, epochMillisNow(),
                "company_identifer", company, "authData", AUTH_DATA, "record_url", "", "status_url", ""));
    }

    @Test
    void onboardingRefreshesKeysRegistersOnceAndRecharges() {
        App app = provision();
        // CONF-01 for the application: a new temporary key, and the old one stops working.
        JsonObject refreshed = get("getAccountkey", signed("account_identify", app.identifer(), app.keyPermanent(),
                epochMillisNow()));
        assertResult("0", refreshed);
        String appKeyTemp = refreshed.getString("key_temp");
        assertNotEquals(app.keyTemp(), appKeyTemp);
        assertResult("1", register(app, app.keyTemp(), "old-key-" + UUID.randomUUID()));

        String company = "company-" + UUID.randomUUID();
        JsonObject reg = register(app, appKeyTemp, company);
        assertResult("0", reg);
        JsonObject data = reg.getJsonObject("data");
        assertEquals("1", data.getString("account_status"));
        String account = data.getString("account_identify");
        assertEquals(32, account.length());
        assertResult("7", register(app, appKeyTemp, company));

        // CONF-01 for the account, signed with its permanent key; then CONF-03 by POST form with the new key.
        JsonObject accountKey = postForm("getAccountkey", signed("account_identify", account,
                data.getString("key_permanent"), compactNow()));
        assertResult("0", accountKey);
        String keyTemp = accountKey.getString("key_temp");
        assertResult("0", postForm("accountRecharge", signed("account_identify", account, keyTemp, epochMillisNow(),
                "amount", "100", "type", "01", "unit_price", "0.15", "ability_type", "COMM")));
        assertResult("0", get("accountRecharge", signed("account_identify", account, keyTemp, compactNow(),
                "amount", "30", "type", "02", "unit_price", "0.15", "ability_type", "COMM")));
        assertResult("1", get("accountRecharge", signed("account_identify", account, data.getString("key_temp"),
                epochMillisNow(), "amount", "30", "type", "02", "unit_price", "0.15", "ability_type", "COMM")));
        assertResult("2", get("accountRecharge", signed("account_identify", account, keyTemp, epochMillisNow(),
                "amount", "30", "type", "03", "unit_price", "0.15", "ability_type", "COMM")));
        assertResult("2", get("accountRecharge", signed("account_identify", account, keyTemp, epochMillisNow(),
                "amount", "-5", "type", "01", "unit_price", "0.15", "ability_type", "COMM")));
    }

    @Test
    void badSignaturesStaleTimestampsReplaysAndUnknownIdentitiesAreRefused() {
        App app = provision();
        String now = epochMillisNow();
        Map<String, String> good = signed("account_identify", app.identifer(), app.keyPermanent(), now);

        Map<String, String> wrong = new LinkedHashMap<>(good);
        wrong.put("sign", IsvSignature.sign(app.identifer(), "not-the-key", now));
        assertResult("1", get("getAccountkey", wrong));

        String stale = Long.toString(System.currentTimeMillis() - 6 * 60_000L);
        assertResult("1", get("getAccountkey", signed("account_identify", app.identifer(), app.keyPermanent(),
                stale)));
        assertResult("1", get("getAccountkey", signed("account_identify", app.identifer(), app.keyPermanent(),
                "2015-05-04 14:14:20")));

        Map<String, String> upper = new LinkedHashMap<>(good);
        upper.put("sign", good.get("sign").toUpperCase());
        JsonObject accepted = get("getAccountkey", upper);
        assertResult("0", accepted);
        String appKeyTemp = accepted.getString("key_temp");
        assertResult("1", get("getAccountkey", good)); // the same signature again: a replay

        assertResult("3", get("getAccountkey", signed("account_identify", "NO-SUCH-ACCOUNT", "k", epochMillisNow())));
        assertResult("2", get("getAccountkey", Map.of("account_identify", app.identifer())));
        Api.Reply unknown = api.get("httpIntf/noSuchMethod.do?" + form(good), null);
        assertEquals(404, unknown.status());
        assertResult("2", unknown.json());
        assertResult("2", get("accountReg", signed("account_identifer", app.identifer(), appKeyTemp,
                epochMillisNow(), "company_identifer", "c-" + UUID.randomUUID(), "authData", "not json")));
        assertResult("2", get("accountReg", signed("account_identifer", app.identifer(), appKeyTemp,
                epochMillisNow(), "company_identifer", "c-" + UUID.randomUUID(), "authData", AUTH_DATA,
                "status_url", "ftp://example.com/x")));
    }

    @Test
    void theSameSignatureSentManyTimesAtOnceIsAcceptedOnce() throws Exception {
        App app = provision();
        String query = "httpIntf/getAccountkey.do?" + form(signed("account_identify", app.identifer(),
                app.keyPermanent(), epochMillisNow()));
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
