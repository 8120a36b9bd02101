package com.switchboard.it.cluster;

import com.switchboard.it.call.CallIT;
import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.conference.IsvClient;
import com.switchboard.testing.Await;

import com.switchboard.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.switchboard.it.Api.assertOk;
import static com.switchboard.it.call.CallIT.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL + Artemis: the instance that ended a call dies at once (SIGKILL), between the hang-up and its charge or
 * just after it. The other instance settles the call's last units, exactly once: the units on the leg, the ledger's
 * lines and the wallet agree. A call still connected on the dead instance is released there ({@code SERVER_LOST}) by
 * the survivor once the dead one has stopped beating, and its charge ends: no call stays up forever on a corpse.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterCrashIT {
    private final Api a = new Api();
    private final Api b = new Api(System.getProperty("it.second.instance"));

    @BeforeAll
    static void startSecondInstance() throws Exception {
        ClusterIT.startSecond();
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        try {
            ClusterIT.server("stop");
        } catch (AssertionError alreadyDead) {
            // The test killed it; there is nothing to stop.
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void anInstanceKilledRightAfterEndingACallLeavesItsChargeToTheOtherExactlyOnce() throws Exception {
        User user = a.selfRegister("dth_common");
        String sid = callOnB(user);
        User stillTalking = a.selfRegister("dth_common");
        String orphan = callOnB(stillTalking);
        awaitTrue(() -> leg(sid) != null && leg(sid).getInt("units") >= 2, () -> "not charged: " + legs(sid));
        awaitTrue(() -> leg(orphan) != null && leg(orphan).getInt("units") >= 1, () -> "not charged: " + legs(orphan));
        String conference = conferenceOnB();

        assertOk(b.delete("lwork/mobile/voip/calls", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("session_id", sid).build()));
        killSecondInstance();

        awaitTrue(() -> "SETTLED".equals(leg(sid).getString("state")), () -> "never settled: " + legs(sid));
        JsonObject leg = leg(sid);
        int units = leg.getInt("units");
        assertTrue(units >= 2, leg::toString);
        assertEquals(0, leg.getInt("unpaid_units"));
        assertEquals(units, leg.getInt("gift_minutes"));
        JsonObject usage = a.post("lwork/mobile/package_usage", Json.createObjectBuilder().add("uuid", user.uuid())
                .build());
        assertEquals(60 - units, usage.getInt("gifts"), usage::toString);
        JsonObject audit = a.opsGet("ops/billing/audit?uuid=" + user.uuid());
        assertTrue(audit.getBoolean("consistent"), audit::toString);
        JsonObject figures = audit.getJsonArray("users").getJsonObject(0);
        assertEquals(units, figures.getJsonNumber("ledger.gift_minutes_charged").intValue(), figures::toString);

        // The call B held when it died: the survivor releases it once B has been silent past the instance timeout.
        Await.until(() -> "release".equals(a.getJson("lwork/mobile/voip/calls?session_id=" + orphan)
                .getString("peer_status")), Duration.ofSeconds(90), () -> "orphaned call never released");
        awaitTrue(() -> "SETTLED".equals(leg(orphan).getString("state")), () -> "orphan never settled: "
                + legs(orphan));
        int charged = leg(orphan).getInt("units");
        JsonObject orphanUsage = a.post("lwork/mobile/package_usage", Json.createObjectBuilder()
                .add("uuid", stillTalking.uuid()).build());
        assertEquals(60 - charged, orphanUsage.getInt("gifts"), orphanUsage::toString);
        // Settled legs are never charged again: the call's meter has stopped.
        assertTrue(charged >= 1, () -> "charged " + charged + " units: " + legs(orphan));
        assertTrue(a.opsGet("ops/billing/audit?uuid=" + stillTalking.uuid()).getBoolean("consistent"));

        // The ISV conference B was carrying: the caller's leg (placed by B) is released as the gateway would have.
        // The participant's leg was placed by whichever instance activated the conference: released too if that
        // was B, still up on A otherwise, and then the conference still ends cleanly through A.
        Await.until(() -> "SERVER_LOST".equals(confLeg(conference, true).getString("hangup_cause")),
                Duration.ofSeconds(60), () -> "caller's leg never released: " + conferenceView(conference));
        assertEquals("DISCONNECTED", confLeg(conference, true).getString("call_state"));
        JsonObject participant = confLeg(conference, false);
        assertTrue("ANSWERED".equals(participant.getString("call_state"))
                || "SERVER_LOST".equals(participant.getString("hangup_cause")), participant::toString);
        JsonObject ended = new IsvClient(a).get("endConference", IsvClient.fields("sessionid", conference));
        assertTrue(List.of("0", "4").contains(ended.getString("result")), ended::toString);
        awaitTrue(() -> "ENDED".equals(conferenceView(conference).getString("state"))
                && conferenceView(conference).getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> "ANSWERED".equals(l.getString("call_state")) || l.getBoolean("charge_pending")),
                () -> "conference not ended and settled: " + conferenceView(conference));
    }

    private JsonObject conferenceView(String sid) {
        return a.opsGet("ops/isv/conferences/" + sid);
    }

    private JsonObject confLeg(String sid, boolean caller) {
        return conferenceView(sid).getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getBoolean("caller") == caller).findFirst().orElseThrow();
    }

    /** An ISV conference created through B, its caller and one participant answered. */
    private String conferenceOnB() {
        IsvClient isv = new IsvClient(b);
        IsvClient.Account account = isv.account("com-" + java.util.UUID.randomUUID(), "", "");
        isv.recharge(account, 100, "02", "0.10");
        JsonObject created = isv.get("createConference", IsvClient.signed("account_identify", account.identify(),
                account.keyTemp(), IsvClient.epochMillisNow(), "caller", "8613800000001", "phones", "13900000002",
                "userId", "user-1"));
        IsvClient.assertResult("0", created);
        String sid = created.getString("sessionId");
        awaitTrue(() -> a.opsGet("ops/isv/conferences/" + sid).getJsonArray("legs").getValuesAs(JsonObject.class)
                .stream().filter(l -> "ANSWERED".equals(l.getString("call_state"))).count() == 2,
                () -> "conference not up: " + a.opsGet("ops/isv/conferences/" + sid));
        return sid;
    }

    private String callOnB(User user) {
        String device = "android-" + user.account();
        assertOk(b.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", user.name())
                .add("pwd", user.pwd()).add("device_id", device).add("clidata", Api.android()).build()));
        JsonObject started = b.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", user.uuid()).add("caller_phone", user.account()).add("callee_phone", CallIT.ANSWERS)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", device).add("acc", user.account())
                .add("clidata", Api.android()).build());
        assertOk(started);
        return started.getString("session_id");
    }

    private JsonObject legs(String sid) {
        return a.opsGet("ops/billing/calls/" + sid);
    }

    private JsonObject leg(String sid) {
        List<JsonObject> legs = legs(sid).getJsonArray("legs").getValuesAs(JsonObject.class);
        return legs.isEmpty() ? null : legs.get(0);
    }

    /** SIGKILL: no shutdown, no completion of work in flight. */
    private static void killSecondInstance() throws Exception {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server") && c.contains("switchboard-b"))
                        .orElse(false))
                .toList();
        assertEquals(1, servers.size(), "the second instance's process was not found");
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(servers.get(0).pid())).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0);
        assertTrue(servers.get(0).onExit().get(30, TimeUnit.SECONDS) != null);
    }
}
