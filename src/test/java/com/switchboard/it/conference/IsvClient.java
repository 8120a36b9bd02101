package com.switchboard.it.conference;

import com.switchboard.it.Api;

import com.switchboard.conference.isv.IsvSignature;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An integrator of the ISV platform (conference.md): signed GET query strings and POST forms. */
public final class IsvClient {
    public static final String AUTH_DATA = "{\"name\":\"测试科技有限公司\",\"telephone\":\"01088886666\",\"linker\":\"张三\"}";
    private static final AtomicLong LAST_MILLIS = new AtomicLong();

    public final Api api;

    public IsvClient(Api api) {
        this.api = api;
    }

    /** An application as operators provision it. */
    public record App(String identifer, String keyPermanent, String keyTemp) {
    }

    /** An organisation account as CONF-02 returns it. */
    public record Account(String identify, String keyPermanent, String keyTemp, String company) {
    }

    public App provision() {
        Api.Reply reply = api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "ops/isv/apps"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Api.OPS_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"it app\"}")).build());
        assertEquals(200, reply.status(), reply::body);
        JsonObject o = reply.json();
        return new App(o.getString("account_identifer"), o.getString("key_permanent"), o.getString("key_temp"));
    }

    /** A new organisation account of a new application, with callbacks to the given URLs ("" for none). */
    public Account account(String company, String statusUrl, String recordUrl) {
        App app = provision();
        JsonObject reg = get("accountReg", signed("account_identifer", app.identifer(), app.keyTemp(),
                epochMillisNow(), "company_identifer", company, "authData", AUTH_DATA, "record_url", recordUrl,
                "status_url", statusUrl));
        assertResult("0", reg);
        JsonObject data = reg.getJsonObject("data");
        return new Account(data.getString("account_identify"), data.getString("key_permanent"),
                data.getString("key_temp"), company);
    }

    /** CONF-03: {@code type} 01 yuan, 02 minutes. */
    public void recharge(Account account, long amount, String type, String unitPrice) {
        assertResult("0", get("accountRecharge", signed("account_identify", account.identify(), account.keyTemp(),
                epochMillisNow(), "amount", Long.toString(amount), "type", type, "unit_price", unitPrice,
                "ability_type", "COMM")));
    }

    /** yyyyMMddHHmmss in the server's zone (the same JVM default here). */
    public static String compactNow() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    /** Epoch milliseconds, never the same twice: a repeated timestamp would repeat the signature (a replay). */
    public static String epochMillisNow() {
        return Long.toString(LAST_MILLIS.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis())));
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public JsonObject get(String method, Map<String, String> fields) {
        return api.getJson("httpIntf/" + method + ".do?" + form(fields));
    }

    public JsonObject postForm(String method, Map<String, String> fields) {
        Api.Reply reply = api.post("httpIntf/" + method + ".do", "application/x-www-form-urlencoded", form(fields));
        assertEquals(200, reply.status(), reply::body);
        return reply.json();
    }

    public static Map<String, String> signed(String idField, String id, String key, String timestamp, String... more) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(idField, id);
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        m.put("timestamp", timestamp);
        m.put("sign", IsvSignature.sign(id, key, timestamp));
        return m;
    }

    public static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    public static void assertResult(String result, JsonObject reply) {
        assertEquals(result, reply.getString("result"), reply::toString);
        assertTrue(reply.containsKey("describe"), reply::toString);
    }
}
