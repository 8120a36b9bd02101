package com.switchboard.it.conference;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.testing.Await;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.switchboard.it.conference.IsvClient.assertResult;
import static com.switchboard.it.conference.IsvClient.epochMillisNow;
import static com.switchboard.it.conference.IsvClient.fields;
import static com.switchboard.it.conference.IsvClient.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * conference.md CONF-04..09 like an integrator: conferences on the simulated gateway's test numbers (…0000 no
 * answer, …4860 busy, …6030 reject, others answer), state and CDR callbacks to a receiver on loopback, charging,
 * a receiver that is down for a while, and dead letters. Timing is compressed by the failsafe environment: prompt
 * tone 1 s, charging unit 2 s, callback schedule /120 with give-up after 20 s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConferenceIT {
    static final String CALLER = "8613800000001";
    final Api api = new Api();
    final IsvClient isv = new IsvClient(api);
    WebhookReceiver receiver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private IsvClient.Account account() {
        return isv.account("com-" + UUID.randomUUID(), receiver.url("/status"), receiver.url("/record"));
    }

    private JsonObject create(IsvClient.Account a, String caller, String phones) {
        return isv.get("createConference", signed("account_identify", a.identify(), a.keyTemp(), epochMillisNow(),
                "caller", caller, "phones", phones, "userId", "user-1"));
    }

    private String start(IsvClient.Account a, String phones) {
        JsonObject reply = create(a, CALLER, phones);
        assertResult("0", reply);
        String sid = reply.getString("sessionId");
        assertTrue(sid.matches("[0-9]{32}"), sid);
        return sid;
    }

    private JsonObject conference(String sid) {
        return api.opsGet("ops/isv/conferences/" + sid);
    }

    private JsonObject leg(String sid, String number) {
        return conference(sid).getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("number").equals(number)).reduce((a, b) -> b).orElse(null);
    }

    private String legState(String sid, String number) {
        JsonObject leg = leg(sid, number);
        return leg == null ? "none" : leg.getString("call_state");
    }

    private JsonObject accountView(IsvClient.Account a) {
        return api.opsGet("ops/isv/accounts/" + a.identify());
    }

    private JsonObject session(String method, String sid, String... more) {
        Map<String, String> m = new LinkedHashMap<>(fields("sessionid", sid));
        m.putAll(fields(more));
        return isv.get(method, m);
    }

    static void await(Duration within, Supplier<Boolean> condition, Supplier<String> failure) {
        Await.until(condition::get, within, failure);
    }

    /** Ended legs pay their last units in the charging sweep, within a second or so. */
    private void awaitSettled(String sid) {
        await(Duration.ofSeconds(20), () -> conference(sid).getJsonArray("legs").getValuesAs(JsonObject.class)
                .stream().noneMatch(l -> l.getBoolean("charge_pending")), () -> "unsettled: " + conference(sid));
    }

    /** The distinct state events of one conference per callee, in the order they arrived. */
    private Map<String, List<String>> statesByCallee(String sid) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (WebhookReceiver.Received r : receiver.received()) {
            if (!r.path().equals("/status") || !seen.add(r.eventId())) {
                continue;
            }
            JsonObject data = r.body().getJsonObject("data");
            if (data.getString("session_id").equals(sid)) {
                out.computeIfAbsent(data.getString("callee"), k -> new java.util.ArrayList<>())
                        .add(data.getString("call_state"));
            }
        }
        return out;
    }

    private List<JsonObject> cdrs(String sid) {
        Set<String> seen = new LinkedHashSet<>();
        return receiver.received().stream().filter(r -> r.path().equals("/record") && seen.add(r.eventId()))
                .flatMap(r -> r.body().getJsonArray("data").getValuesAs(JsonObject.class).stream())
                .filter(c -> c.getString("session_id").equals(sid)).collect(Collectors.toList());
    }

    private static int count(Map<String, List<String>> states) {
        return states.values().stream().mapToInt(List::size).sum();
    }

    private static String hmac(String key, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aConferenceRunsItsLifecycleWithSignedCallbacksInOrderAndOneCdrPerAnsweredLeg() throws Exception {
        IsvClient.Account a = account();
        isv.recharge(a, 100, "02", "0.10");
        String sid = start(a, "13900000002，13900004860, 13900000000,13900006030");

        // CREATED: the caller is dialled and hears the prompt tone; nothing may change the conference yet.
        assertResult("6", session("endConference", sid));
        assertResult("6", session("conferenceAdd", sid, "calledNbr", "13900000009"));
        await(Duration.ofSeconds(20), () -> "ACTIVE".equals(conference(sid).getString("state")),
                () -> "never active: " + conference(sid));
        await(Duration.ofSeconds(20), () -> "ANSWERED".equals(legState(sid, "13900000002"))
                        && "FAILED".equals(legState(sid, "13900004860"))
                        && "FAILED".equals(legState(sid, "13900000000"))
                        && "FAILED".equals(legState(sid, "13900006030")),
                () -> "participants: " + conference(sid));

        // CONF-05: a new number joins; one already live is ignored. CONF-06 kicks it (and ignores an unknown one).
        assertResult("0", session("conferenceAdd", sid, "calledNbr", "13900000003，13900000002"));
        await(Duration.ofSeconds(20), () -> "ANSWERED".equals(legState(sid, "13900000003")),
                () -> "added: " + conference(sid));
        assertResult("0", session("conferenceMinus", sid, "calledNbr", "13900000003，13911111111"));
        await(Duration.ofSeconds(20), () -> "DISCONNECTED".equals(legState(sid, "13900000003")),
                () -> "kicked: " + conference(sid));
        assertEquals("KICKED", leg(sid, "13900000003").getString("hangup_cause"));
        assertEquals(6, conference(sid).getJsonArray("legs").size(), () -> conference(sid).toString());

        // CONF-07 ends every live leg; afterwards the session is gone ("4").
        assertResult("0", session("endConference", sid));
        assertResult("4", session("endConference", sid));
        assertResult("4", session("conferenceAdd", sid, "calledNbr", "13900000004"));
        await(Duration.ofSeconds(20), () -> conference(sid).getJsonArray("legs").getValuesAs(JsonObject.class)
                .stream().noneMatch(l -> List.of("INVITE", "RINGING", "ANSWERED").contains(l.getString("call_state"))),
                () -> "live legs after the end: " + conference(sid));
        assertEquals("ENDED", conference(sid).getString("state"));
        assertEquals("CONFERENCE_ENDED", conference(sid).getString("end_reason"));

        // CONF-08: one callback per transition, in order per leg.
        await(Duration.ofSeconds(30), () -> count(statesByCallee(sid)) >= 20 && cdrs(sid).size() >= 3,
                () -> "callbacks so far: " + statesByCallee(sid) + " cdrs " + cdrs(sid).size());
        Map<String, List<String>> states = statesByCallee(sid);
        List<String> answered = List.of("INVITE", "RINGING", "ANSWERED", "DISCONNECTED");
        assertEquals(answered, states.get(CALLER), states::toString);
        assertEquals(answered, states.get("13900000002"), states::toString);
        assertEquals(answered, states.get("13900000003"), states::toString);
        assertEquals(List.of("INVITE", "FAILED"), states.get("13900004860"), states::toString);
        assertEquals(List.of("INVITE", "RINGING", "FAILED"), states.get("13900000000"), states::toString);
        assertEquals(List.of("INVITE", "RINGING", "FAILED"), states.get("13900006030"), states::toString);
        assertEquals(6, states.size(), states::toString);

        // Every callback carries the spec's body, a unique event id and the HMAC of the account's permanent key.
        for (WebhookReceiver.Received r : receiver.received()) {
            assertEquals(hmac(a.keyPermanent(), r.timestamp(), r.rawBody()), r.signature(), r::toString);
            if (r.path().equals("/status")) {
                JsonObject body = r.body();
                assertEquals("状态数据", body.getString("describe"));
                JsonObject data = body.getJsonObject("data");
                assertEquals(CALLER, data.getString("caller"));
                assertTrue(data.getString("stateTime").matches("[0-9]{17}"), data::toString);
                assertEquals(32, data.getString("appidentify").length(), data::toString);
            }
        }
        assertEquals(receiver.received().size(), receiver.received().stream().map(WebhookReceiver.Received::eventId)
                .distinct().count(), "every event was delivered once");

        // CONF-09: one CDR per answered leg with its times, duration and hangup cause.
        List<JsonObject> cdrs = cdrs(sid);
        assertEquals(3, cdrs.size(), cdrs::toString);
        assertEquals(3, cdrs.stream().map(c -> c.getString("detailId")).distinct().count());
        for (JsonObject cdr : cdrs) {
            assertTrue(cdr.getString("beginTime").matches("[0-9]{14}"), cdr::toString);
            assertTrue(cdr.getString("endTime").compareTo(cdr.getString("beginTime")) >= 0, cdr::toString);
            assertTrue(cdr.getInt("time") >= 1, cdr::toString);
            assertEquals(CALLER, cdr.getString("caller"));
            assertEquals(CALLER, cdr.getString("displaynbr"));
            assertEquals(a.company(), cdr.getString("com_identify"));
            assertEquals("user-1", cdr.getString("user_identifer"));
            assertEquals(a.identify(), cdr.getString("cust_account"));
            String expectedCause = cdr.getString("callee").equals("13900000003") ? "KICKED" : "CONFERENCE_ENDED";
            assertEquals(expectedCause, cdr.getString("hangup_cause"), cdr::toString);
        }

        // Charged from the minutes balance, per started unit of connected time; the audit adds up.
        awaitSettled(sid);
        JsonObject balance = accountView(a);
        long charged = balance.getJsonNumber("charged_minutes").longValue();
        assertTrue(charged >= 3, balance::toString);
        assertEquals(100, balance.getJsonNumber("minutes").longValue() + charged, balance::toString);
        assertEquals(0, balance.getJsonNumber("money_fen").longValue());
        long legUnits = conference(sid).getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                .mapToLong(l -> l.getInt("charged_units")).sum();
        assertEquals(charged, legUnits, () -> conference(sid).toString());
    }

    @Test
    void runningOutOfMoneyEndsTheConferenceWithoutGoingNegative() {
        IsvClient.Account a = account();
        isv.recharge(a, 1, "01", "0.3"); // 100 fen, 30 fen per unit: three units
        String sid = start(a, "13900000012");
        await(Duration.ofSeconds(30), () -> "ENDED".equals(conference(sid).getString("state")),
                () -> "still running: " + conference(sid) + " " + accountView(a));
        assertEquals("BALANCE_EXHAUSTED", conference(sid).getString("end_reason"));
        await(Duration.ofSeconds(20), () -> "DISCONNECTED".equals(legState(sid, CALLER))
                        && "DISCONNECTED".equals(legState(sid, "13900000012")),
                () -> "legs: " + conference(sid));
        assertEquals("BALANCE_EXHAUSTED", leg(sid, "13900000012").getString("hangup_cause"));
        awaitSettled(sid);
        JsonObject balance = accountView(a);
        assertEquals(10, balance.getJsonNumber("money_fen").longValue(), balance::toString);
        assertEquals(90, balance.getJsonNumber("charged_fen").longValue(), balance::toString);
        assertResult("5", create(a, CALLER, "13900000013"));
    }

    @Test
    void aReceiverDownForAWhileGetsEveryEventOnceWhenItComesBack() throws Exception {
        IsvClient.Account a = account();
        isv.recharge(a, 50, "02", "0.10");
        receiver.down();
        String sid = start(a, "13900000022");
        await(Duration.ofSeconds(20), () -> "ANSWERED".equals(legState(sid, "13900000022")),
                () -> "participant: " + conference(sid));
        assertResult("0", session("endConference", sid));
        await(Duration.ofSeconds(20), () -> "DISCONNECTED".equals(legState(sid, "13900000022"))
                && "DISCONNECTED".equals(legState(sid, CALLER)), () -> "legs: " + conference(sid));
        // Retried while down: the first event of a leg is on its second attempt at least.
        await(Duration.ofSeconds(20), () -> api.opsGet("ops/isv/webhooks?state=PENDING&account=" + a.identify())
                        .getJsonArray("webhooks").getValuesAs(JsonObject.class).stream()
                        .anyMatch(w -> w.getInt("attempts") >= 2),
                () -> "no retry: " + api.opsGet("ops/isv/webhooks?state=PENDING&account=" + a.identify()));
        assertTrue(receiver.received().isEmpty());
        receiver.up();

        await(Duration.ofSeconds(40), () -> count(statesByCallee(sid)) >= 8 && cdrs(sid).size() >= 2,
                () -> "delivered so far: " + statesByCallee(sid) + " cdrs " + cdrs(sid).size());
        Map<String, List<String>> states = statesByCallee(sid);
        List<String> answered = List.of("INVITE", "RINGING", "ANSWERED", "DISCONNECTED");
        assertEquals(answered, states.get(CALLER), states::toString);
        assertEquals(answered, states.get("13900000022"), states::toString);
        List<String> ids = receiver.received().stream().map(WebhookReceiver.Received::eventId).toList();
        assertEquals(10, ids.size(), ids::toString);
        assertEquals(10, ids.stream().distinct().count(), "each event id exactly once");
        await(Duration.ofSeconds(20), () -> api.opsGet("ops/isv/webhooks?state=PENDING&account=" + a.identify())
                .getJsonArray("webhooks").isEmpty(), () -> "still pending");
        JsonObject delivered = api.opsGet("ops/isv/webhooks?state=DELIVERED&account=" + a.identify());
        assertEquals(10, delivered.getJsonArray("webhooks").size());
        assertEquals(10, delivered.getJsonObject("counts").getInt("DELIVERED"), delivered::toString);
        assertEquals(0, delivered.getJsonObject("counts").getInt("DEAD"), delivered::toString);
    }

    @Test
    void refusedRecordsAndEventsThatNeverGetThroughAreDeadLetteredForOperators() {
        receiver.answer(path -> path.endsWith("/record") ? new String[]{"200", "{\"code\":\"0005\",\"desc\":\"bad\"}"}
                : new String[]{"500", "down for maintenance"});
        IsvClient.Account a = account();
        isv.recharge(a, 50, "02", "0.10");
        String sid = start(a, "13900000032");
        await(Duration.ofSeconds(20), () -> "ANSWERED".equals(legState(sid, "13900000032")),
                () -> "participant: " + conference(sid));
        assertResult("0", session("endConference", sid));

        // CONF-09 0005 is not retried: rejected after one attempt, for operations to see.
        await(Duration.ofSeconds(20), () -> api.opsGet("ops/isv/webhooks?state=REJECTED&account=" + a.identify())
                        .getJsonArray("webhooks").size() == 2,
                () -> "rejected: " + api.opsGet("ops/isv/webhooks?state=REJECTED&account=" + a.identify()));
        for (JsonValue w : api.opsGet("ops/isv/webhooks?state=REJECTED&account=" + a.identify())
                .getJsonArray("webhooks")) {
            assertEquals(1, w.asJsonObject().getInt("attempts"));
            assertEquals("RECORD", w.asJsonObject().getString("kind"));
        }
        // A state event that keeps failing is retried until the (compressed) give-up time, then dead-lettered.
        await(Duration.ofSeconds(45), () -> !api.opsGet("ops/isv/webhooks?state=DEAD&account=" + a.identify())
                        .getJsonArray("webhooks").isEmpty(),
                () -> "nothing dead: " + api.opsGet("ops/isv/webhooks?state=PENDING&account=" + a.identify()));
        JsonArray dead = api.opsGet("ops/isv/webhooks?state=DEAD&account=" + a.identify()).getJsonArray("webhooks");
        JsonObject first = dead.getJsonObject(dead.size() - 1);
        assertEquals("STATUS", first.getString("kind"));
        assertTrue(first.getInt("attempts") >= 3, first::toString);
        assertTrue(first.getString("last_outcome").startsWith("HTTP 500"), first::toString);
        assertTrue(first.getString("body").contains("\"call_state\":\"INVITE\""), first::toString);
    }

    @Test
    void badRequestsGetTheSpecResultsAndChangeNothing() {
        IsvClient.Account a = account();
        assertResult("5", create(a, CALLER, "13900000042")); // no balance yet
        isv.recharge(a, 20, "02", "0.10");

        String ts = epochMillisNow();
        Map<String, String> wrong = signed("account_identify", a.identify(), "not-the-key", ts, "caller", CALLER,
                "phones", "13900000042", "userId", "u");
        assertResult("1", isv.get("createConference", wrong));
        String stale = Long.toString(System.currentTimeMillis() - 10 * 60_000L);
        assertResult("1", isv.get("createConference", signed("account_identify", a.identify(), a.keyTemp(), stale,
                "caller", CALLER, "phones", "13900000042", "userId", "u")));
        assertResult("2", create(a, CALLER, "1390000abc"));
        assertResult("2", create(a, "12", "13900000042"));
        assertResult("2", create(a, CALLER, "13900000041,13900000042,13900000043,13900000044,13900000045,"
                + "13900000046"));
        assertResult("2", create(a, CALLER, CALLER));
        assertResult("3", isv.get("createConference", signed("account_identify", "NO-SUCH", a.keyTemp(),
                epochMillisNow(), "caller", CALLER, "phones", "13900000042", "userId", "u")));

        Map<String, String> good = signed("account_identify", a.identify(), a.keyTemp(), epochMillisNow(),
                "caller", CALLER, "phones", "13900000042", "userId", "u");
        JsonObject first = isv.postForm("createConference", good);
        assertResult("0", first);
        assertResult("1", isv.get("createConference", good)); // the same signature again: a replay
        String sid = first.getString("sessionId");

        for (String method : List.of("conferenceAdd", "conferenceMinus")) {
            assertResult("4", session(method, "00000000000000000000000000000000", "calledNbr", "13900000042"));
            assertResult("2", session(method, sid));
        }
        assertResult("4", session("endConference", "00000000000000000000000000000000"));
        await(Duration.ofSeconds(20), () -> "ACTIVE".equals(conference(sid).getString("state")),
                () -> "never active: " + conference(sid));
        assertResult("2", session("conferenceAdd", sid, "calledNbr", "not-a-number"));

        // A signature, when sent, must be valid and the account's own.
        IsvClient.Account other = account();
        Map<String, String> foreign = new LinkedHashMap<>(signed("account_identify", other.identify(),
                other.keyTemp(), epochMillisNow(), "sessionid", sid));
        assertResult("4", isv.get("endConference", foreign));
        Map<String, String> forged = new LinkedHashMap<>(signed("account_identify", a.identify(), "bad",
                epochMillisNow(), "sessionid", sid));
        assertResult("1", isv.get("endConference", forged));
        assertResult("0", isv.get("endConference", signed("account_identify", a.identify(), a.keyTemp(),
                epochMillisNow(), "sessionid", sid)));
        await(Duration.ofSeconds(20), () -> "DISCONNECTED".equals(legState(sid, CALLER)),
                () -> "caller: " + conference(sid));
    }
}
