package com.switchboard.it.platform;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.call.IosInvitation;
import com.switchboard.testing.Await;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Readiness follows the broker (PostgreSQL + Artemis profile, in a run of its own after the other ITs, since it stops
 * the broker they share): with Artemis stopped {@code /health/ready} is DOWN naming messaging while liveness stays UP;
 * started again, readiness is UP and a device push goes through the push queue once more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokerOutageIT {
    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void readinessIsDownWhileTheBrokerIsAwayAndUpWhenItIsBack() throws Exception {
        assumeTrue(Boolean.getBoolean("it.broker.outage"), "only in the broker-outage run of the Artemis profile");
        assertEquals(200, api.get("health/ready", null).status());
        try {
            artemis("stop");
            JsonObject down = Await.value(() -> api.get("health/ready", null), r -> r.status() == 503,
                    Duration.ofSeconds(60), "readiness stayed UP without the broker").json();
            assertTrue(down.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                    .anyMatch(c -> c.getString("name").equals("messaging") && c.getString("status").equals("DOWN")),
                    down::toString);
            assertEquals(200, api.get("health/live", null).status(), "liveness does not depend on the broker");
        } finally {
            artemis("start");
        }
        Await.until(() -> api.get("health/ready", null).status() == 200, Duration.ofSeconds(120),
                () -> "readiness did not come back UP: " + api.get("health/ready", null).body());
        IosInvitation invitation = IosInvitation.ring(api);
        Await.until(() -> invitation.pushesSent(api) >= 1, Duration.ofSeconds(60),
                () -> "no device push went through the push queue after the broker came back");
        invitation.hangUp(api);
    }

    private static void artemis(String command) throws Exception {
        Process p = new ProcessBuilder("bash", ".ci/artemis.sh", command).inheritIO().start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES) && p.exitValue() == 0, ".ci/artemis.sh " + command + " failed");
    }
}
