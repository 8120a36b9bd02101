package com.switchboard.it.call;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.testing.Await;
import com.switchboard.it.Api.Reply;
import com.switchboard.it.Api.User;
import com.switchboard.push.provider.FakeBaidu;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voip.md §2-4 driven like the apps: calls to phones through the simulated gateway (its test numbers decide the
 * outcome), app-to-app calls with the push and the divert, callback calls, DTMF, history, authorization.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CallIT {
    /** Simulated gateway test numbers (README): answers ~0.3 s after ringing in the ITs, busy, no answer, reject. */
    public static final String ANSWERS = "13800138001";
    static final String BUSY = "13800134860";
    static final String NO_ANSWER = "13800130000";
    static final String REJECTS = "13800136030";
    static final Set<String> STATS_KEYS = Set.of("ip", "pr", "pl", "avgIJ", "jitter", "avgrttms", "rttms",
            "lostrate", "down_jitter", "down_lostrate", "total_eval", "detail_eval");

    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    record Caller(User user, String device) {
    }

    private Caller loggedIn(String os) {
        User user = api.selfRegister("dth_common");
        String device = os + "-" + user.account();
        assertOk(api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", user.name())
                .add("pwd", user.pwd()).add("device_id", device)
                .add("clidata", Json.createObjectBuilder().add("os_type", os)).build()));
        return new Caller(user, device);
    }

    private JsonObject startAndroid(Caller c, String callee, String type) {
        var body = Json.createObjectBuilder().add("user_id", c.user().uuid()).add("caller_phone", c.user().account())
                .add("callee_phone", callee)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", c.device()).add("acc", c.user().account())
                .add("clidata", Api.android());
        if (type != null) {
            body.add("type", type);
        }
        return api.post("lwork/mobile/voip/calls", body.build());
    }

    private String status(String sid) {
        JsonObject reply = api.getJson("lwork/mobile/voip/calls?session_id=" + sid);
        assertOk(reply);
        return reply.getString("peer_status");
    }

    /** Polls VOIP-15 until it reads {@code wanted}; returns every distinct status seen on the way, in order. */
    private List<String> awaitStatus(String sid, String wanted) {
        List<String> seen = new ArrayList<>();
        awaitTrue(() -> {
            String s = status(sid);
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(s)) {
                seen.add(s);
            }
            return s.equals(wanted);
        }, "session " + sid + " never reached " + wanted + ", saw " + seen);
        return seen;
    }

    public static void awaitTrue(Supplier<Boolean> condition, String failure) {
        awaitTrue(condition, () -> failure);
    }

    public static void awaitTrue(Supplier<Boolean> condition, Supplier<String> failure) {
        Await.until(condition::get, Duration.ofSeconds(20), failure);
    }

    private JsonObject stop(String path, String uuid, String sid) {
        return api.delete(path, Json.createObjectBuilder().add("uuid", uuid).add("session_id", sid).build());
    }

    // ---- calls to phones -------------------------------------------------------------------------------------

    @Test
    void androidCallIsAnsweredCarriesStatsTakesDtmfAndEndsOnStop() {
        Caller a = loggedIn("android");
        JsonObject started = startAndroid(a, ANSWERS, null);
        assertOk(started);
        String sid = started.getString("session_id");
        assertTrue(sid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), sid);
        assertEquals("AMR", started.getString("codec_name"));
        assertTrue(started.getInt("port") > 0 && started.getJsonNumber("rssrc").longValue() >= 0);
        assertFalse(started.getString("ip").isBlank());
        assertFalse(started.getString("payload_mode").isBlank());

        List<String> seen = awaitStatus(sid, "hookoff");
        assertTrue(List.of(List.of("idle", "ring", "hookoff"), List.of("ring", "hookoff"), List.of("hookoff"))
                .contains(seen), seen::toString);
        awaitTrue(() -> api.getJson("lwork/mobile/voip/calls?session_id=" + sid).containsKey("stats"),
                "no stats while connected");
        JsonObject stats = api.getJson("lwork/mobile/voip/calls?session_id=" + sid).getJsonObject("stats");
        assertEquals(STATS_KEYS, stats.keySet());
        assertTrue(stats.getJsonNumber("pr").longValue() > 0);

        JsonObject dtmf = Json.createObjectBuilder().add("session_id", sid).add("num", "12#").build();
        assertOk(api.post("lwork/mobile/voip/dtmf", dtmf));
        for (int seq : new int[]{1, 2, 2, 1, 3}) { // retries of 2 and 1 are ok and not replayed
            assertOk(api.post("lwork/mobile/voip/dtmf_with_seq", Json.createObjectBuilder().add("session_id", sid)
                    .add("num", "5").add("seq", seq).build()));
        }
        assertFailed("invalid_params", api.post("lwork/mobile/voip/dtmf", Json.createObjectBuilder()
                .add("session_id", sid).add("num", "12x").build()));

        assertOk(stop("lwork/mobile/voip/calls", a.user().uuid(), sid));
        assertEquals("release", status(sid));
        assertFalse(api.getJson("lwork/mobile/voip/calls?session_id=" + sid).containsKey("stats"));
        assertOk(stop("lwork/mobile/voip/calls", a.user().uuid(), sid)); // stopping a released call is ok
        assertFailed("call_not_connected", api.post("lwork/mobile/voip/dtmf", dtmf));
    }

    @Test
    void busyNoAnswerAndRejectEndInRelease() {
        Caller a = loggedIn("android");
        String busy = startAndroid(a, BUSY, null).getString("session_id");
        String noAnswer = startAndroid(a, NO_ANSWER, null).getString("session_id");
        String rejects = startAndroid(a, REJECTS, null).getString("session_id");
        assertFalse(awaitStatus(busy, "release").contains("hookoff"));
        assertTrue(awaitStatus(noAnswer, "ring").contains("ring"));
        assertFailed("call_not_connected", api.post("lwork/mobile/voip/dtmf", Json.createObjectBuilder()
                .add("session_id", noAnswer).add("num", "1").build()));
        List<String> rejected = awaitStatus(rejects, "release");
        assertFalse(rejected.contains("hookoff"), rejected::toString);
        // The no-answer timeout is 2 s in the ITs.
        assertFalse(awaitStatus(noAnswer, "release").contains("hookoff"));
    }

    @Test
    void iosCallGetsAnSdpAnswerAndOnlyItsOwnerMayPollOrStopIt() {
        Caller a = loggedIn("ios");
        Caller other = loggedIn("ios");
        JsonObject started = api.post("lwork/mobile/voip/icalls/", Json.createObjectBuilder()
                .add("uuid", a.user().uuid()).add("caller_phone", a.user().account()).add("phone", ANSWERS)
                .add("userclass", "game").add("sdp", "v=0\r\no=- 1 1 IN IP4 10.0.0.9\r\ns=-\r\n")
                .add("dev_id", a.device()).add("acc", a.user().account())
                .add("clidata", Json.createObjectBuilder().add("os_type", "ios")).build());
        assertOk(started);
        String sid = started.getString("session_id");
        assertTrue(started.getString("sdp").startsWith("v=0") && started.getString("sdp").contains("AMR/8000"));

        String ownStatus = "lwork/mobile/voip/icalls/?uuid=" + a.user().uuid() + "&session_id=" + sid + "&t=1";
        awaitTrue(() -> "hookoff".equals(api.getJson(ownStatus).getString("state")), "iOS call never answered");
        JsonObject status = api.getJson(ownStatus);
        assertEquals(status.getString("state"), status.getString("peer_status"));

        assertFailed("session_not_exist", api.getJson("lwork/mobile/voip/icalls/?uuid=" + other.user().uuid()
                + "&session_id=" + sid));
        assertFailed("session_not_exist", stop("lwork/mobile/voip/icalls/", other.user().uuid(), sid));
        assertEquals("hookoff", api.getJson(ownStatus).getString("state")); // the failed stop changed nothing
        assertOk(stop("lwork/mobile/voip/icalls/", a.user().uuid(), sid));
        assertEquals("release", api.getJson(ownStatus).getString("state"));
    }

    @Test
    void webCallStartsOnOnePrefixAndIsPolledAndStoppedOnTheOther() {
        Caller a = loggedIn("android");
        JsonObject started = api.post("lwork/mobile/fzdvoip/", Json.createObjectBuilder()
                .add("uuid", a.user().uuid()).add("phone", ANSWERS).add("userclass", "web")
                .add("sdp", "v=0\r\no=- 2 2 IN IP4 10.0.0.10\r\ns=-\r\n").add("t", "1").build());
        assertOk(started);
        String sid = started.getString("session_id");
        assertTrue(started.getString("sdp").startsWith("v=0"));
        String poll = "lwork/voices1/fzdvoip/?uuid=" + a.user().uuid() + "&session_id=" + sid;
        awaitTrue(() -> "hookoff".equals(api.getJson(poll).getString("state")), "web call never answered");
        assertEquals("hookoff", api.getJson(poll).getString("peer_status"));
        assertOk(stop("lwork/voices1/fzdvoip", a.user().uuid(), sid));
        assertEquals("release", api.getJson("lwork/mobile/fzdvoip?uuid=" + a.user().uuid() + "&session_id=" + sid)
                .getString("state"));
    }

    @Test
    void startRefusesCallersThatAreNotLoggedInOrNotActivatedAndBadInput() {
        Caller a = loggedIn("android");
        assertFailed("no_logind", startAndroid(new Caller(a.user(), "not-this-device"), ANSWERS, null));
        User neverLoggedIn = api.selfRegister("dth_common");
        assertFailed("no_logind", startAndroid(new Caller(neverLoggedIn, "x"), ANSWERS, null));
        assertFailed("no_logind", api.post("lwork/mobile/fzdvoip/", Json.createObjectBuilder()
                .add("uuid", neverLoggedIn.uuid()).add("phone", ANSWERS).add("userclass", "web")
                .add("sdp", "v=0\r\n").build()));
        assertFailed("invalid_params", startAndroid(a, "not a number", null));
        assertFailed("invalid_params", api.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", a.user().uuid()).add("caller_phone", "1").add("callee_phone", ANSWERS)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8")).add("userclass", "game")
                .add("dev_id", a.device()).add("acc", a.user().account()).add("clidata", Api.android()).build()));

        Reply deactivated = api.opsPut("ops/lwork/activation", Json.createObjectBuilder()
                .add("uuid", a.user().uuid()).add("activated", false).build());
        assertEquals(200, deactivated.status(), deactivated::body);
        assertFailed("not_actived", startAndroid(a, ANSWERS, null));
        assertEquals(0, api.post("lwork/mobile/call_history", Json.createObjectBuilder().add("uuid", a.user().uuid())
                .add("start_id", 0).add("num", 10).build()).getJsonArray("history").size(), "a refused start left a call");
        assertEquals(200, api.opsPut("ops/lwork/activation", Json.createObjectBuilder()
                .add("uuid", a.user().uuid()).add("activated", true).build()).status());
        assertOk(startAndroid(a, ANSWERS, null));
    }

    @Test
    void unknownSessionsAreSessionNotExist() {
        Caller a = loggedIn("android");
        String unknown = "3f0e5a8e-1111-4222-8333-444455556666";
        assertFailed("session_not_exist", api.getJson("lwork/mobile/voip/calls?session_id=" + unknown));
        assertFailed("session_not_exist", stop("lwork/mobile/voip/calls", a.user().uuid(), unknown));
        assertFailed("session_not_exist", api.post("lwork/mobile/voip/dtmf", Json.createObjectBuilder()
                .add("session_id", unknown).add("num", "1").build()));
        assertFailed("session_not_exist", api.getJson("lwork/mobile1/calls/status?session_id=" + unknown));
        assertFailed("session_not_exist", api.delete("lwork/mobile1/callback",
                Json.createObjectBuilder().add("session_id", unknown).build()));
        assertFailed("invalid_params", api.getJson("lwork/mobile/voip/calls"));
    }

    @Test
    void historyGroupsCallsByPairNewestFirst() {
        Caller a = loggedIn("android");
        String first = startAndroid(a, BUSY, null).getString("session_id");
        awaitStatus(first, "release");
        String second = startAndroid(a, ANSWERS, null).getString("session_id");
        awaitStatus(second, "hookoff");
        assertOk(stop("lwork/mobile/voip/calls", a.user().uuid(), second));
        String third = startAndroid(a, BUSY, null).getString("session_id");
        awaitStatus(third, "release");

        JsonObject reply = api.post("lwork/mobile/call_history", Json.createObjectBuilder()
                .add("uuid", a.user().uuid()).add("start_id", 0).add("num", 10).build());
        assertOk(reply);
        var history = reply.getJsonArray("history");
        assertEquals(2, history.size(), history::toString);
        JsonObject newest = history.getJsonObject(0);
        assertEquals(0, newest.getInt("id"));
        assertEquals(BUSY, newest.getString("callee"));
        assertEquals(a.user().account(), newest.getString("caller"));
        assertEquals(2, newest.getInt("times"));
        assertEquals(newest.getJsonArray("detail"), newest.getJsonArray("details"));
        JsonObject detail = newest.getJsonArray("detail").getJsonObject(0);
        assertEquals("out", detail.getString("type"));
        assertEquals("out", detail.getString("direction"));
        assertTrue(detail.getString("starttime").matches("\\d{4}-\\d{1,2}-\\d{1,2} \\d{2}:\\d{2}:\\d{2}"));
        assertEquals(newest.getString("lasttime"), detail.getString("starttime"));
        assertEquals(ANSWERS, history.getJsonObject(1).getString("callee"));
        assertEquals(1, history.getJsonObject(1).getInt("id"));

        JsonObject page2 = api.post("lwork/mobile/call_history", Json.createObjectBuilder()
                .add("uuid", a.user().uuid()).add("start_id", 1).add("num", 1).build());
        assertEquals(1, page2.getJsonArray("history").size());
        assertEquals(ANSWERS, page2.getJsonArray("history").getJsonObject(0).getString("callee"));
    }

    // ---- app-to-app calls ------------------------------------------------------------------------------------

    /** The callee's long-poll answer carrying the invitation (VOIP-35), read from a poll parked before the call. */
    private JsonObject invitation(CompletableFuture<Reply> poll) throws Exception {
        JsonObject reply = Api.answer(poll);
        assertOk(reply);
        JsonObject event = reply.getJsonArray("data").getJsonObject(0);
        assertEquals("p2p_inform_called", event.getString("event"));
        return event;
    }

    record Invited(Caller caller, User callee, String sid, JsonValue opdata) {
    }

    /** A p2p call from a fresh Android caller to a fresh Android callee whose parked poll got the invitation. */
    private Invited invitedAndroidCallee() throws Exception {
        Caller a = loggedIn("android");
        User b = api.selfRegister("dth_common");
        CompletableFuture<Reply> poll = api.loginAndPark(b, "android-b");
        String sid = startAndroid(a, b.account(), "p2p").getString("session_id");
        return new Invited(a, b, sid, invitation(poll).get("opdata"));
    }

    private JsonObject opdataBody(JsonValue opdata) {
        return Json.createObjectBuilder().add("opdata", opdata).build();
    }

    /** VOIP-26 as the Android callee sends it. */
    private JsonObject p2pAnswer(String callerPhone, String calleePhone, JsonValue opdata) {
        return api.post("lwork/mobile/p2p_answer", Json.createObjectBuilder().add("caller_phone", callerPhone)
                .add("callee_phone", calleePhone)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.11").add("port", 41000))
                .add("userclass", "game").add("opdata", opdata).add("clidata", Api.android()).build());
    }

    private String p2pPoll(JsonValue opdata) {
        JsonObject reply = api.post("lwork/mobile/p2p_poll", opdataBody(opdata));
        assertOk(reply);
        return reply.getString("peer_status");
    }

    @Test
    void p2pCallRingsTheAppIsAnsweredAndEndsForBothWhenTheCalleeStops() throws Exception {
        Caller a = loggedIn("android");
        User b = api.selfRegister("dth_common");
        CompletableFuture<Reply> poll = api.loginAndPark(b, "android-b");

        String sid = startAndroid(a, b.account(), "p2p").getString("session_id");
        assertEquals("p2p_idle", status(sid));
        JsonObject invite = invitation(poll);
        assertEquals(a.user().account(), invite.getString("caller"));
        JsonValue opdata = invite.get("opdata");

        assertOk(api.post("lwork/mobile/p2p_ringing", opdataBody(opdata)));
        assertEquals("p2p_ring", status(sid));
        assertEquals("p2p_ring", p2pPoll(opdata));
        JsonObject answered = p2pAnswer(a.user().account(), b.account(), opdata);
        assertOk(answered);
        String calleeSid = answered.getString("session_id");
        assertNotEquals(sid, calleeSid);
        assertEquals("AMR", answered.getString("codec_name"));
        assertEquals("p2p_hookoff", status(sid));
        assertEquals("p2p_hookoff", p2pPoll(opdata));
        // The answer is idempotent for the callee's retry.
        assertEquals(calleeSid, p2pAnswer(a.user().account(), b.account(), opdata)
                .getString("session_id"));
        // The caller may not stop with the callee's session, nor the callee with the caller's.
        assertFailed("session_not_exist", stop("lwork/mobile/voip/calls", a.user().uuid(), calleeSid));
        assertFailed("session_not_exist", stop("lwork/mobile/voip/calls", b.uuid(), sid));

        assertOk(stop("lwork/mobile/voip/calls", b.uuid(), calleeSid));
        assertEquals("release", status(sid));
        assertEquals("release", p2pPoll(opdata));
    }

    @Test
    void p2pRejectReleasesTheCall() throws Exception {
        Invited call = invitedAndroidCallee();
        String sid = call.sid();
        JsonValue opdata = call.opdata();
        assertOk(api.post("lwork/mobile/p2p_ringing", opdataBody(opdata)));
        assertOk(api.post("lwork/mobile/p2p_reject", opdataBody(opdata)));
        assertEquals("release", status(sid));
        assertFailed("session_not_exist", api.post("lwork/mobile/p2p_ringing", opdataBody(opdata)));
    }

    @Test
    void p2pCallIsDivertedToTheRealPhoneWhenTheAppDoesNotRing() throws Exception {
        Caller a = loggedIn("android");
        User b = api.selfRegister("dth_common"); // self-registered: the account is b's phone
        CompletableFuture<Reply> poll = api.loginAndPark(b, "android-b");
        String sid = startAndroid(a, b.account(), "p2p").getString("session_id");
        JsonValue opdata = invitation(poll).get("opdata");
        // T_p2p is 2 s in the ITs; then the real phone (the simulated gateway answers it) rings.
        List<String> seen = awaitStatus(sid, "hookoff");
        assertEquals("p2p_idle", seen.get(0), seen::toString);
        assertFalse(seen.contains("p2p_ring"), seen::toString);
        assertFailed("already_call_real_phone", api.post("lwork/mobile/p2p_ringing", opdataBody(opdata)));
        assertFailed("already_call_real_phone", api.post("lwork/mobile/p2p_reject", opdataBody(opdata)));
        assertEquals("hookoff", p2pPoll(opdata));
        assertOk(stop("lwork/mobile/voip/calls", a.user().uuid(), sid));
        assertEquals("release", p2pPoll(opdata));
    }

    @Test
    void p2pCallToAnOfflineAppGoesToTheRealPhoneAtOnceAndWithoutOneIsReleased() {
        Caller a = loggedIn("android");
        User offline = api.selfRegister("dth_common");
        String sid = startAndroid(a, offline.account(), "p2p").getString("session_id");
        assertFalse(status(sid).startsWith("p2p_"), "an offline callee was still invited");
        awaitStatus(sid, "hookoff");

        // A QQ user has no phone to divert to; logged out, it is offline.
        String qq = "qq_" + Api.uniquePhone();
        String dev = "reg-" + qq;
        JsonObject registered = api.post("lwork/mobile1/third_reg", Json.createObjectBuilder().add("acc", qq)
                .add("name", "n" + qq).add("pwd", qq.substring(3)).add("crc", Api.crc(qq, dev, "dth_common"))
                .add("device_id", dev).add("clidata", Api.android()).add("group_id", "dth_common")
                .add("access_token", com.switchboard.testing.FakeQqConnect.shared().tokenFor(qq.substring(3))).build());
        assertOk(registered);
        assertOk(api.logout(new User(qq, "n" + qq, qq.substring(3), registered.getString("uuid")), dev));
        String released = startAndroid(a, qq, "p2p").getString("session_id");
        assertEquals("release", status(released));
    }

    @Test
    void p2pRingingWithoutAnswerIsReleasedAfterTheRingTime() throws Exception {
        Invited call = invitedAndroidCallee();
        String sid = call.sid();
        JsonValue opdata = call.opdata();
        assertOk(api.post("lwork/mobile/p2p_ringing", opdataBody(opdata)));
        // T_ring is 4 s in the ITs: well past T_p2p, and ringing must not be diverted.
        List<String> seen = awaitStatus(sid, "release");
        assertEquals(List.of("p2p_ring", "release"), seen);
        assertFailed("session_not_exist", p2pAnswer("1", "2", opdata));
    }

    /** A device token of APNs' shape, new each run: a database kept from an earlier run holds the old ones. */
    private static String apnsToken() {
        byte[] b = new byte[32];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    @Test
    void iosCalleeIsInvitedByApnsAndToldCallerHookonWhenTheCallerGivesUp() {
        Caller a = loggedIn("ios");
        User b = api.selfRegister("dth_common");
        String token = apnsToken();
        assertOk(api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", b.name()).add("pwd", b.pwd())
                .add("device_id", "iphone-b").add("clidata", Json.createObjectBuilder().add("os_type", "ios")
                        .add("push_token", token)).build()));
        JsonObject started = api.post("lwork/mobile/voip/icalls", Json.createObjectBuilder()
                .add("uuid", a.user().uuid()).add("caller_phone", a.user().account()).add("phone", b.account())
                .add("userclass", "game").add("sdp", "v=0\r\n").add("dev_id", a.device()).add("type", "p2p")
                .add("acc", a.user().account()).add("clidata", Json.createObjectBuilder().add("os_type", "ios"))
                .build());
        String sid = started.getString("session_id");

        List<JsonObject> pushes = awaitPushes(token, 1);
        JsonObject invite = pushes.get(0);
        assertEquals("apns", invite.getString("provider"));
        JsonObject aps = invite.getJsonObject("payload").getJsonObject("aps");
        assertEquals("p2p_inform_called", aps.getString("event"));
        assertEquals(a.user().account(), aps.getString("alert"));
        assertEquals(a.user().account(), aps.getString("caller"));
        assertEquals(1, aps.getInt("badge"));
        assertEquals("chime", aps.getString("sound"));
        assertEquals(sid, invite.getString("collapse_id"));
        JsonValue opdata = aps.get("opdata");
        assertEquals("p2p_idle", p2pPoll(opdata));

        assertOk(stop("lwork/mobile/voip/icalls", a.user().uuid(), sid));
        JsonObject hookon = awaitPushes(token, 2).get(1).getJsonObject("payload");
        assertEquals(Json.createObjectBuilder().add("aps", Json.createObjectBuilder().add("alert", a.user().account())
                .add("event", "caller_hookon").add("caller", a.user().account())).build(), hookon);
        assertEquals("release", p2pPoll(opdata));
    }

    private List<JsonObject> awaitPushes(String token, int count) {
        List<JsonObject> items = new ArrayList<>();
        awaitTrue(() -> {
            items.clear();
            api.opsGet("ops/outbox?channel=push&to=" + token).getJsonArray("items")
                    .forEach(i -> items.add(i.asJsonObject().getJsonObject("payload")));
            return items.size() >= count;
        }, "fewer than " + count + " pushes to " + token);
        return items;
    }

    @Test
    void forgedOrAlteredOpdataNamesNoCall() throws Exception {
        Caller a = loggedIn("android");
        User b = api.selfRegister("dth_common");
        CompletableFuture<Reply> poll = api.loginAndPark(b, "android-b");
        String sid = startAndroid(a, b.account(), "p2p").getString("session_id");
        JsonObject real = invitation(poll).getJsonObject("opdata");
        JsonObject forged = Json.createObjectBuilder(real).add("mac", "AAAA").build();
        assertFailed("session_not_exist", api.post("lwork/mobile/p2p_ringing", opdataBody(forged)));
        assertFailed("session_not_exist", api.post("lwork/mobile/p2p_reject", opdataBody(Json.createValue("x"))));
        assertEquals("release", p2pPoll(forged));
        assertEquals("p2p_idle", status(sid)); // nothing changed
        // The opdata also works as JSON text in a form field (voip.md §0.3).
        Reply form = api.post("lwork/mobile/p2p_poll", "application/x-www-form-urlencoded",
                "opdata=" + java.net.URLEncoder.encode(real.toString(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("p2p_idle", form.json().getString("peer_status"));
    }

    // ---- calls from the network to an app user (VOIP-36) --------------------------------------------------------

    private String offerFromNetwork(String caller, String callee) {
        Reply offered = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE
                        + "ops/telephony/incoming")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Api.OPS_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("caller", caller).add("callee", callee).build().toString())).build());
        assertEquals(200, offered.status(), offered::body);
        return offered.json().getString("leg");
    }

    @Test
    void aCallFromTheNetworkInvitesTheAppWhichAnswersGetsMediaAndHearsTheCallerHangUp() throws Exception {
        User b = api.selfRegister("dth_common");
        CompletableFuture<Reply> poll = api.loginAndPark(b, "android-b");
        String leg = offerFromNetwork("02150001234", b.account());

        JsonObject invite = invitation(poll);
        assertEquals("02150001234", invite.getString("caller"));
        JsonObject opdata = invite.getJsonObject("opdata");
        assertEquals("sip_call_in", opdata.getString("event"));
        assertEquals("02150001234", opdata.getString("caller"));
        assertEquals(b.account(), opdata.getString("callee"));
        assertEquals("AMR", opdata.getString("codec_name"));
        assertTrue(opdata.getInt("port") > 0 && opdata.containsKey("ip") && opdata.containsKey("payload_mode")
                && opdata.containsKey("rssrc"), opdata::toString);
        assertEquals("p2p_idle", p2pPoll(opdata));
        assertOk(api.post("lwork/mobile/p2p_ringing", opdataBody(opdata)));
        String calleeSid = p2pAnswer("02150001234", b.account(), opdata)
                .getString("session_id");
        assertEquals("p2p_hookoff", status(calleeSid));
        // The gateway answered the network leg: its media stats reach the app's status poll.
        awaitTrue(() -> api.getJson("lwork/mobile/voip/calls?session_id=" + calleeSid).containsKey("stats"),
                "no stats from the answered network leg");

        Reply hungUp = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE
                        + "ops/telephony/incoming?leg=" + leg)).header("Authorization", "Bearer " + Api.OPS_TOKEN)
                .DELETE().build());
        assertEquals(204, hungUp.status(), hungUp::body);
        awaitStatus(calleeSid, "release");
        assertEquals("release", p2pPoll(opdata));

        JsonObject history = api.post("lwork/mobile/call_history", Json.createObjectBuilder().add("uuid", b.uuid())
                .add("start_id", 0).add("num", 5).build()).getJsonArray("history").getJsonObject(0);
        assertEquals("02150001234", history.getString("caller"));
        assertEquals("in", history.getJsonArray("detail").getJsonObject(0).getString("type"));
    }

    @Test
    void aCallFromTheNetworkAbandonedWhileTheIosAppRingsSendsCallerHookon() {
        User b = api.selfRegister("dth_common");
        String token = apnsToken();
        assertOk(api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", b.name()).add("pwd", b.pwd())
                .add("device_id", "iphone-b").add("clidata", Json.createObjectBuilder().add("os_type", "ios")
                        .add("push_token", token)).build()));
        String leg = offerFromNetwork("02150009999", b.account());
        JsonObject aps = awaitPushes(token, 1).get(0).getJsonObject("payload").getJsonObject("aps");
        assertEquals("p2p_inform_called", aps.getString("event"));
        assertEquals("sip_call_in", aps.getJsonObject("opdata").getString("event"));
        assertOk(api.post("lwork/mobile/p2p_ringing", opdataBody(aps.get("opdata"))));

        api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "ops/telephony/incoming?leg="
                + leg)).header("Authorization", "Bearer " + Api.OPS_TOKEN).DELETE().build());
        JsonObject hookon = awaitPushes(token, 2).get(1).getJsonObject("payload").getJsonObject("aps");
        assertEquals("caller_hookon", hookon.getString("event"));
        assertEquals("02150009999", hookon.getString("caller"));
        assertEquals("release", p2pPoll(aps.get("opdata")));
    }

    // ---- device push registration ------------------------------------------------------------------------------

    /** Baidu push goes through the server's real Baidu client to this local Baidu (see the failsafe env). */
    static FakeBaidu baidu;

    @BeforeAll
    static void startBaidu() throws Exception {
        baidu = new FakeBaidu("it-baidu-key", "it-baidu-secret",
                Integer.parseInt(System.getProperty("it.fake.baidu.port", "9191")));
    }

    @AfterAll
    static void stopBaidu() {
        baidu.close();
    }

    private List<JsonObject> deliveries(User user) {
        List<JsonObject> items = new ArrayList<>();
        api.opsGet("ops/push/deliveries?uuid=" + user.uuid()).getJsonArray("items")
                .forEach(i -> items.add(i.asJsonObject()));
        return items;
    }

    @Test
    void baiduRegisteredCalleeGetsTheCustomContentRetriedAfterAFailureAndAnUnboundChannelIsForgotten()
            throws Exception {
        Caller a = loggedIn("android");
        User b = api.selfRegister("dth_common");
        CompletableFuture<Reply> poll = api.loginAndPark(b, "android-b");
        String channel = "4" + Api.uniquePhone() + "77";
        baidu.boundChannels.add(channel);
        assertOk(api.post("lwork/mobile/baidu_push_register", Json.createObjectBuilder().add("caller", b.account())
                .add("account", b.account()).add("user_id", "baidu-user-1").add("channel_id", channel).build()));
        assertFailed("account_not_exist", api.post("lwork/mobile/baidu_push_register", Json.createObjectBuilder()
                .add("caller", "1").add("account", "no-such-account").add("user_id", "u").add("channel_id", channel)
                .build()));

        startAndroid(a, b.account(), "p2p");
        JsonObject longPoll = invitation(poll);
        awaitTrue(() -> baidu.received.stream().anyMatch(r -> r.channelId().equals(channel)), "nothing at Baidu");
        FakeBaidu.Received pushed = baidu.received.stream().filter(r -> r.channelId().equals(channel)).findFirst()
                .orElseThrow();
        assertEquals(longPoll, pushed.msg()); // the same custom content on both channels
        assertEquals("0", pushed.form().get("msg_type"));
        // Its record commits after Baidu has the message; the next push must not overtake it in the record order.
        awaitTrue(() -> deliveries(b).size() == 1, "the first delivery was not recorded");

        // Baidu fails once: the delivery is queued again with a delay and arrives on the second attempt.
        baidu.failNext.set(1);
        startAndroid(a, b.account(), "p2p");
        awaitTrue(() -> baidu.received.stream().filter(r -> r.channelId().equals(channel)).count() == 2,
                "the failed push was not retried");
        // Baidu has the message before the delivery's transaction commits its record: wait for the record too.
        awaitTrue(() -> deliveries(b).size() == 3, "the retried delivery was not recorded");
        List<JsonObject> tries = deliveries(b);
        assertEquals(List.of("delivered/1", "retry/1", "delivered/2"), tries.stream()
                .map(d -> d.getString("outcome") + "/" + d.getInt("attempt")).toList());
        assertEquals(tries.get(1).getString("delivery_id"), tries.get(2).getString("delivery_id"));

        // A channel Baidu no longer knows is dropped, not retried.
        String gone = "4" + Api.uniquePhone() + "88";
        assertOk(api.post("lwork/mobile/baidu_push_register", Json.createObjectBuilder().add("caller", b.account())
                .add("account", b.account()).add("user_id", "baidu-user-1").add("channel_id", gone).build()));
        startAndroid(a, b.account(), "p2p");
        awaitTrue(() -> deliveries(b).stream().anyMatch(d -> "invalid_token".equals(d.getString("outcome"))),
                "not refused");
        assertTrue(api.opsGet("ops/push/deliveries?uuid=" + b.uuid()).getJsonObject("registration").isEmpty(),
                "the refused channel was kept");
        assertEquals(4, deliveries(b).size());
    }

    // ---- callback calls ---------------------------------------------------------------------------------------

    private JsonObject legs(String sid) {
        JsonObject reply = api.getJson("lwork/mobile1/calls/status?session_id=" + sid);
        assertOk(reply);
        return reply;
    }

    @Test
    void callbackRingsLocalThenRemoteAndReleasesBothOnStop() {
        Caller a = loggedIn("android");
        JsonObject started = api.post("lwork/mobile1/callback", Json.createObjectBuilder()
                .add("uuid", Long.parseLong(a.user().uuid())).add("local", "13900139001").add("remote", ANSWERS)
                .build());
        assertOk(started);
        String sid = started.getString("session_id");
        List<String> seen = new ArrayList<>();
        awaitTrue(() -> {
            JsonObject l = legs(sid);
            String pair = l.getString("local") + "/" + l.getString("remote");
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(pair)) {
                seen.add(pair);
            }
            return pair.equals("hookoff/hookoff");
        }, "callback never bridged");
        for (String pair : seen) { // remote stays idle until local answers
            assertTrue(pair.startsWith("hookoff") || pair.endsWith("/idle"), seen::toString);
        }
        assertOk(api.delete("lwork/mobile/callback", Json.createObjectBuilder().add("session_id", sid).build()));
        JsonObject end = legs(sid);
        assertEquals("released", end.getString("local"));
        assertEquals("released", end.getString("remote"));
    }

    @Test
    void callbackWithABusyRemoteReleasesBothLegs() {
        Caller a = loggedIn("android");
        String sid = api.post("lwork/mobile/callback", Json.createObjectBuilder().add("uuid", a.user().uuid())
                .add("local", "13900139002").add("remote", BUSY).build()).getString("session_id");
        awaitTrue(() -> "released".equals(legs(sid).getString("remote")), "busy remote never released");
        assertEquals("released", legs(sid).getString("local"));

        String noLocal = api.post("lwork/mobile1/callback", Json.createObjectBuilder().add("uuid", a.user().uuid())
                .add("local", REJECTS).add("remote", ANSWERS).build()).getString("session_id");
        awaitTrue(() -> "released".equals(legs(noLocal).getString("local")), "rejected local never released");
        assertEquals("released", legs(noLocal).getString("remote"));
        assertFailed("invalid_params", api.post("lwork/mobile1/callback", Json.createObjectBuilder()
                .add("uuid", a.user().uuid()).add("local", "x").add("remote", ANSWERS).build()));
    }
}
