package com.switchboard.it;

import com.switchboard.it.Api.Reply;
import com.switchboard.it.Api.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Two instances sharing PostgreSQL and Artemis behave as one service: a device whose poll is parked on instance B is
 * reached by what happens on instance A (run by the postgres-artemis profile, which starts instance B).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterIT {
    private static final String SECOND = "switchboard-b";
    private final Api a = new Api();
    private final Api b = new Api(System.getProperty("it.second.instance"));

    /** Starts the second instance (created and deployed by the build, configured by its server.env). */
    @BeforeAll
    static void startSecondInstance() throws Exception {
        server("start");
        Api second = new Api(System.getProperty("it.second.instance"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (second.getQuietly("health/ready") != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("second instance never became ready");
            }
            Api.pause(500);
        }
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        server("stop");
    }

    private static void server(String action) throws Exception {
        Path wlp = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"));
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, SECOND);
        // The same database and broker settings as the managed instance (inherited), its own listeners.
        builder.environment().put("HTTP_PORT", String.valueOf(URI.create(System.getProperty("it.second.instance"))
                .getPort()));
        builder.environment().put("HTTPS_PORT", "9543");
        builder.environment().put("ARTEMIS_RA_DIR", wlp.resolve("usr/servers/switchboard/artemis-ra").toString());
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolve("cluster-it-" + SECOND + ".log").toFile()))
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("server " + action + " " + SECOND + " failed, see " + wlp);
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void loginOnAReachesThePollParkedOnB() throws Exception {
        User user = a.selfRegister("dth_common");
        CompletableFuture<Reply> poll = b.loginAndPark(user, "phone-a");
        assertFalse(a.isParked(user.account(), "phone-a"));
        assertOk(a.login(user, "phone-b"));
        assertEquals(Api.LOGIN_OTHERWHERE, Api.answer(poll));
    }

    @Test
    void logoutOnAReachesThePollParkedOnB() throws Exception {
        User user = a.selfRegister("dth_common");
        assertOk(a.login(user, "phone-a"));
        CompletableFuture<Reply> poll = b.pollParked(user.account(), "phone-a");
        assertOk(a.logout(user, "phone-a"));
        assertFailed("unlogined", Api.answer(poll));
    }

    @Test
    void aNewerPollOnAEndsTheOlderPollOnB() throws Exception {
        User user = a.selfRegister("dth_common");
        assertOk(a.login(user, "phone-a"));
        CompletableFuture<Reply> older = b.pollParked(user.account(), "phone-a");
        CompletableFuture<Reply> newer = a.poll(user.account(), "phone-a");
        assertEquals(Api.NOTHING, Api.answer(older));
        assertFalse(newer.isDone(), () -> "newer poll answered early: " + newer.join());
        a.awaitParked(user.account(), "phone-a");
        assertFalse(b.isParked(user.account(), "phone-a"));
        newer.cancel(true);
    }
}
