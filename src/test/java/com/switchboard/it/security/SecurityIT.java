package com.switchboard.it.security;

import com.switchboard.it.Api;
import com.switchboard.it.Api.User;
import com.switchboard.it.Deployments;
import com.switchboard.it.conference.IsvClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static com.switchboard.it.Api.android;
import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static com.switchboard.it.Api.crc;
import static com.switchboard.it.Api.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16's findings on lwork and ISV, each reproduced over HTTP the way it was found. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
    private static final String GROUP = "dth_common";
    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject login(User u, String device) {
        return api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", u.account()).add("pwd", u.pwd())
                .add("device_id", device).add("clidata", android()).add("group_id", GROUP).build());
    }

    private JsonObject addInfo(User u, String device, String session) {
        var body = Json.createObjectBuilder().add("uuid", u.uuid()).add("device_id", device)
                .add("info", Json.createObjectBuilder().add("k", "v"));
        if (session != null) {
            body.add("session", session);
        }
        return api.post("lwork/mobile/add_info", body.build());
    }

    private Api.Reply poll(User u, String device, String bearer) {
        var b = HttpRequest.newBuilder(URI.create(Api.BASE + "channel/push_service"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("acc", u.account())
                        .add("device_id", device).add("self_phone", u.account()).build().toString()));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return api.send(b.build());
    }

    @Test
    void aSessionActsOnlyForItsOwnUserAndDevice() {
        User alice = api.selfRegister(GROUP);
        User mallory = api.selfRegister(GROUP);
        String aliceSession = login(alice, "a1").getString("session");
        String mallorySession = login(mallory, "m1").getString("session");

        assertFailed("no_logind", addInfo(alice, "a1", mallorySession));
        assertFailed("no_logind", addInfo(alice, "a1", "made-up"));
        assertOk(addInfo(alice, "a1", aliceSession));
        assertOk(addInfo(alice, "a1", null)); // the seed's clients send none; SWITCHBOARD_LWORK_REQUIRE_SESSION refuses that

        // VOIP-33: another user's session does not open alice's channel (the poll would consume her events)
        assertFailed("unlogined", poll(alice, "a1", mallorySession).json());
        assertFailed("unlogined", poll(alice, "a2", aliceSession).json());
        // VOIP-34: nobody re-points alice's push with their own session
        assertFailed("no_logind", api.post("lwork/mobile/baidu_push_register", Json.createObjectBuilder()
                .add("caller", alice.account()).add("account", alice.account()).add("user_id", "u1")
                .add("channel_id", "attacker-channel").add("session", mallorySession).build()));
        assertOk(api.post("lwork/mobile/baidu_push_register", Json.createObjectBuilder()
                .add("caller", alice.account()).add("account", alice.account()).add("user_id", "u1")
                .add("channel_id", "alice-channel").add("session", aliceSession).build()));
        // uuid-only endpoints (VOIP-24 history) too
        assertFailed("no_logind", api.post("lwork/mobile/call_history", Json.createObjectBuilder()
                .add("uuid", alice.uuid()).add("start_id", 0).add("num", 10).add("session", mallorySession).build()));
    }

    @Test
    void anInvitationsOpdataActsOnlyForItsCallee() throws Exception {
        User alice = api.selfRegister(GROUP);
        User bob = api.selfRegister(GROUP);
        User mallory = api.selfRegister(GROUP);
        login(alice, "a1");
        String bobSession = login(bob, "b1").getString("session");
        String mallorySession = login(mallory, "m1").getString("session");
        var parked = api.pollParked(bob.account(), "b1");
        JsonObject started = api.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", alice.uuid()).add("caller_phone", alice.account()).add("callee_phone", bob.account())
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", "a1").add("acc", alice.account()).add("type", "p2p")
                .add("clidata", android()).build());
        assertOk(started);
        JsonObject invitation = Api.answer(parked).getJsonArray("data").getJsonObject(0);
        assertEquals("p2p_inform_called", invitation.getString("event"));
        var opdata = invitation.get("opdata");

        // a stolen opdata presented with someone else's session neither rings nor answers bob's call
        assertFailed("no_logind", api.post("lwork/mobile/p2p_ringing", Json.createObjectBuilder()
                .add("opdata", opdata).add("session", mallorySession).build()));
        assertFailed("no_logind", api.post("lwork/mobile/p2p_answer", Json.createObjectBuilder()
                .add("caller_phone", alice.account()).add("callee_phone", bob.account())
                .add("sdp", Json.createObjectBuilder().add("ip", "10.6.6.6").add("port", 40000))
                .add("userclass", "game").add("opdata", opdata).add("clidata", android())
                .add("session", mallorySession).build()));
        JsonObject status = api.getJson("lwork/mobile/voip/calls?session_id=" + started.getString("session_id"));
        assertNotEquals("p2p_hookoff", status.getString("peer_status"), status::toString);
        // bob's own device, with his session, rings it
        assertOk(api.post("lwork/mobile/p2p_ringing", Json.createObjectBuilder().add("opdata", opdata)
                .add("session", bobSession).build()));
    }

    @Test
    void uuidsAreRandomNotSequential() {
        long a = Long.parseLong(api.selfRegister(GROUP).uuid());
        long b = Long.parseLong(api.selfRegister(GROUP).uuid());
        assertTrue(a >= 1_000_000_000_000L && b >= 1_000_000_000_000L, a + " " + b);
        assertTrue(Math.abs(a - b) > 1000, a + " " + b);
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionAndOperatorsCanEndThemAll() {
        User u = api.selfRegister(GROUP);
        assertOk(login(u, "d1"));
        assertOk(login(u, "d2"));
        // only a logged-in device may change the password
        assertFailed("no_logind", api.post("lwork/mobile/modify_pwd", Json.createObjectBuilder()
                .add("uuid", u.uuid()).add("device_id", "d9").add("old_pwd", u.pwd()).add("pwd", "new-pw").build()));
        assertOk(api.post("lwork/mobile/modify_pwd", Json.createObjectBuilder().add("uuid", u.uuid())
                .add("device_id", "d1").add("old_pwd", u.pwd()).add("pwd", "new-pw").build()));
        assertFailed("no_logind", addInfo(u, "d2", null));
        assertFailed("unlogined", poll(u, "d2", null).json());
        assertOk(addInfo(u, "d1", null));

        Api.Reply ended = api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "ops/lwork/sessions/" + u.uuid()))
                .header("Authorization", "Bearer " + Api.OPS_TOKEN).DELETE().build());
        assertEquals(200, ended.status(), ended.body());
        assertEquals(1, ended.json().getInt("ended"));
        assertFailed("no_logind", addInfo(u, "d1", null));
    }

    @Test
    void thirdRegCreatesOnlyQqAccounts() {
        String phone = uniquePhone();
        assertFailed("invalid_params", api.post("lwork/mobile1/third_reg", Json.createObjectBuilder()
                .add("acc", phone).add("name", "squat" + phone).add("pwd", "x").add("crc", crc(phone, "d", GROUP))
                .add("device_id", "d").add("clidata", android()).add("group_id", GROUP).build()));
    }

    @Test
    void failedLoginsSlowDownThenTheAccountRefusesEvenTheRightPassword() {
        User u = api.selfRegister(GROUP);
        for (int i = 0; i < 5; i++) {
            assertFailed("pwd_not_matched", login(new User(u.account(), u.name(), "wrong" + i, u.uuid()), "d1"));
        }
        assertFailed("too_frequent", login(u, "d1"));
        // an unknown account is throttled the same way, so the delay tells nothing about existence
        String nobody = "nobody" + uniquePhone();
        for (int i = 0; i < 5; i++) {
            assertFailed("account_not_exist", login(new User(nobody, nobody, "x", "0"), "d1"));
        }
        assertFailed("too_frequent", login(new User(nobody, nobody, "x", "0"), "d1"));
    }

    @Test
    void smsSendsAreLimitedPerAddressAndABurstForOnePhoneSendsOneCode() throws Exception {
        // an address of its own each run: a kept database (PostgreSQL) remembers the last run's hour
        var random = java.util.concurrent.ThreadLocalRandom.current();
        FromAddress client = new FromAddress("127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "."
                + random.nextInt(1, 255));
        int ok = 0;
        for (int i = 0; i < 21; i++) {
            JsonObject r = client.post("lwork/sms/auth_code", Json.createObjectBuilder().add("acc", uniquePhone())
                    .add("device_id", "d").add("type", "register").add("group_id", GROUP).build());
            if ("ok".equals(r.getString("status"))) {
                ok++;
            } else {
                assertFailed("too_frequent", r);
            }
        }
        assertEquals(20, ok, "SWITCHBOARD_SMS_PER_ADDRESS_PER_HOUR defaults to 20");

        String phone = uniquePhone();
        JsonObject request = Json.createObjectBuilder().add("acc", phone).add("device_id", "d")
                .add("type", "register").add("group_id", GROUP).build();
        long started = System.nanoTime();
        List<CompletableFuture<Api.Reply>> burst = IntStream.range(0, 10)
                .mapToObj(i -> api.postAsync("lwork/sms/auth_code", request)).toList();
        long sent = burst.stream().map(CompletableFuture::join).map(Api.Reply::json)
                .filter(r -> "ok".equals(r.getString("status"))).count();
        // one code per resend interval (2 s in the ITs): a slow machine may stretch the serialised burst past it
        long intervals = 1 + (System.nanoTime() - started) / java.util.concurrent.TimeUnit.SECONDS.toNanos(
                Long.getLong("it.sms.resend.seconds", 2));
        assertTrue(sent >= 1 && sent <= intervals, sent + " codes sent in " + intervals + " resend intervals");
        JsonObject outbox = api.opsGet("ops/outbox?channel=sms&to=" + phone);
        assertEquals(sent, outbox.getJsonArray("items").size(), outbox::toString);
    }

    @Test
    void concurrentLoginsAndRegistrationsGiveOneWinnerAndCleanReplies() throws Exception {
        User u = api.selfRegister(GROUP);
        List<CompletableFuture<Api.Reply>> logins = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            logins.add(api.postAsync("lwork/mobile/login", Json.createObjectBuilder().add("acc", u.account())
                    .add("pwd", u.pwd()).add("device_id", "c" + i).add("clidata", android()).build()));
        }
        for (CompletableFuture<Api.Reply> f : logins) {
            assertOk(f.join().json());
        }

        String openid = "CONC" + uniquePhone();
        String acc = "qq_" + openid;
        String token = com.switchboard.testing.FakeQqConnect.shared().tokenFor(openid);
        List<CompletableFuture<Api.Reply>> regs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            regs.add(api.postAsync("lwork/mobile1/third_reg", Json.createObjectBuilder().add("acc", acc)
                    .add("name", "n" + i + openid).add("pwd", "p").add("crc", crc(acc, "d" + i, GROUP))
                    .add("device_id", "d" + i).add("clidata", android()).add("group_id", GROUP)
                    .add("access_token", token).build()));
        }
        long won = 0;
        for (CompletableFuture<Api.Reply> f : regs) {
            JsonObject r = f.join().json();
            if ("ok".equals(r.getString("status"))) {
                won++;
            } else {
                assertFailed("username_already_existed", r);
            }
        }
        assertEquals(1, won);

        // an account and another user's name, registered at the same instant: not both
        String p1 = uniquePhone();
        String p2 = uniquePhone();
        String c1 = codeFor(p1);
        String c2 = codeFor(p2);
        var first = api.postAsync("lwork/mobile/self_register", selfRegister(p1, "name" + p1, c1));
        var second = api.postAsync("lwork/mobile/self_register", selfRegister(p2, p1, c2));
        JsonObject r1 = first.join().json();
        JsonObject r2 = second.join().json();
        assertFalse("ok".equals(r1.getString("status")) && "ok".equals(r2.getString("status")),
                r1 + " " + r2);
        for (JsonObject r : List.of(r1, r2)) {
            if (!"ok".equals(r.getString("status"))) {
                assertFailed("username_already_existed", r);
            }
        }
    }

    private String codeFor(String phone) {
        assertOk(api.post("lwork/sms/auth_code", Json.createObjectBuilder().add("acc", phone).add("device_id", "d")
                .add("type", "register").add("group_id", GROUP).build()));
        return api.lastSmsCode(phone);
    }

    private static JsonObject selfRegister(String acc, String name, String code) {
        return Json.createObjectBuilder().add("acc", acc).add("name", name).add("pwd", "pw")
                .add("auth_code", code).add("device_id", "d").add("group_id", GROUP)
                .add("crc", crc(acc, "d", GROUP)).build();
    }

    @Test
    void anIsvSignatureIsSpentEvenWhenItsCallFails() {
        IsvClient isv = new IsvClient(api);
        IsvClient.Account account = isv.account("co" + uniquePhone(), "", "");
        String ts = IsvClient.epochMillisNow();
        var failing = IsvClient.signed("account_identify", account.identify(), account.keyTemp(), ts,
                "amount", "10", "type", "99", "unit_price", "0.1", "ability_type", "COMM");
        JsonObject failed = isv.get("accountRecharge", failing);
        assertNotEquals("0", failed.getString("result"));
        var replay = IsvClient.signed("account_identify", account.identify(), account.keyTemp(), ts,
                "amount", "10", "type", "01", "unit_price", "0.1", "ability_type", "COMM");
        IsvClient.assertResult("1", isv.get("accountRecharge", replay));
    }
}
