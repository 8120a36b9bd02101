package com.switchboard.it.cluster;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.switchboard.it.Api.assertOk;
import static com.switchboard.it.call.CallIT.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL + Artemis: the instance that ended a call dies at once (SIGKILL), between the hang-up and its charge or
 * just after it. The other instance settles the call's last units, exactly once: the units on the leg, the ledger's
 * lines and the wallet agree.
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
        String device = "android-" + user.account();
        assertOk(b.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", user.name())
                .add("pwd", user.pwd()).add("device_id", device).add("clidata", Api.android()).build()));
        JsonObject started = b.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", user.uuid()).add("caller_phone", user.account()).add("callee_phone", CallIT.ANSWERS)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", device).add("acc", user.account())
                .add("clidata", Api.android()).build());
        assertOk(started);
        String sid = started.getString("session_id");
        awaitTrue(() -> leg(sid) != null && leg(sid).getInt("units") >= 2, () -> "not charged: " + legs(sid));

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
