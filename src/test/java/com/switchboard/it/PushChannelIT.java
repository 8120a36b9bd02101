package com.switchboard.it;

import com.switchboard.it.Api.Reply;
import com.switchboard.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** VOIP-33/38/39 driven like the Android app: register, log in, poll, get pushed off by a second device. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PushChannelIT {
    private static final JsonObject LOGIN_OTHERWHERE = Json.createObjectBuilder()
            .add("status", "ok").add("data", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("event", "login_otherwhere"))).build();
    private static final JsonObject SHAKE_HAND = Json.createObjectBuilder()
            .add("status", "ok").add("data", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("event", "shake_hand"))).build();

    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void secondDeviceLoginReachesTheParkedPollThroughTheBus() throws Exception {
        User user = api.selfRegister("dth_common");
        assertOk(api.login(user, "phone-a"));

        CompletableFuture<Reply> poll = api.poll(user.account(), "phone-a");
        api.awaitParked(user.account(), "phone-a");
        assertOk(api.login(user, "phone-b"));

        // A parked poll left alone would answer shake_hand after the hold time; login_otherwhere can only come from
        // the wake-up published on the cluster bus by the second login.
        Reply reply = poll.get(Api.HOLD_SECONDS * 3L, TimeUnit.SECONDS);
        assertEquals(LOGIN_OTHERWHERE, reply.json());

        // The pushed-off device keeps hearing it; the new device is the active one.
        assertEquals(LOGIN_OTHERWHERE, api.poll(user.account(), "phone-a").get(30, TimeUnit.SECONDS).json());
        assertFalse(api.isParked(user.account(), "phone-a"));
    }

    @Test
    void idlePollIsAnsweredWithShakeHandAfterTheHoldTime() throws Exception {
        User user = api.selfRegister("dth_common");
        assertOk(api.login(user, "phone-a"));
        long started = System.nanoTime();
        Reply reply = api.poll(user.account(), "phone-a").get(Api.HOLD_SECONDS * 4L, TimeUnit.SECONDS);
        long heldSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertEquals(SHAKE_HAND, reply.json());
        assertTrue(heldSeconds >= Api.HOLD_SECONDS - 1, "held only " + heldSeconds + " s");
    }

    @Test
    void devicesThatAreNotLoggedInAreToldUnlogined() throws Exception {
        User user = api.selfRegister("dth_common");
        assertFailed("unlogined", api.poll(user.account(), "never-logged-in").get(30, TimeUnit.SECONDS).json());
        assertFailed("unlogined", api.poll("no-such-account", "x").get(30, TimeUnit.SECONDS).json());
    }

    @Test
    void logoutAnswersTheParkedPollUnlogined() throws Exception {
        User user = api.selfRegister("dth_common");
        assertOk(api.login(user, "phone-a"));
        CompletableFuture<Reply> poll = api.poll(user.account(), "phone-a");
        api.awaitParked(user.account(), "phone-a");
        assertOk(api.post("lwork/mobile/logout", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "phone-a").add("clidata", Api.android()).build()));
        assertFailed("unlogined", poll.get(Api.HOLD_SECONDS * 3L, TimeUnit.SECONDS).json());
    }

    @Test
    void aNewerPollFromTheSameDeviceCompletesTheOlderWithNothing() throws Exception {
        User user = api.selfRegister("dth_common");
        assertOk(api.login(user, "phone-a"));
        CompletableFuture<Reply> first = api.poll(user.account(), "phone-a");
        api.awaitParked(user.account(), "phone-a");
        CompletableFuture<Reply> second = api.poll(user.account(), "phone-a");
        assertEquals(Json.createObjectBuilder().add("status", "ok").add("data", Json.createArrayBuilder()).build(),
                first.get(Api.HOLD_SECONDS * 3L, TimeUnit.SECONDS).json());
        assertEquals(SHAKE_HAND, second.get(Api.HOLD_SECONDS * 4L, TimeUnit.SECONDS).json());
    }

    @Test
    void envelopedPollGetsAnEnvelopedReply() throws Exception {
        User user = api.selfRegister("dth_common");
        assertOk(api.login(user, "phone-a"));
        assertOk(api.login(user, "phone-b"));
        String plain = Json.createObjectBuilder().add("acc", user.account()).add("device_id", "phone-a")
                .add("self_phone", user.account()).build().toString();
        String sealed = "Xk3pQ7a" + Base64.getEncoder().encodeToString(plain.getBytes());
        Reply reply = api.post("channel/push_service", "application/json",
                Json.createObjectBuilder().add("data_enc", sealed).build().toString());
        assertEquals(200, reply.status());
        assertEquals(LOGIN_OTHERWHERE, Api.open(reply.json().getString("data_enc")));
    }
}
