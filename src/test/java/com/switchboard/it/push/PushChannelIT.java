package com.switchboard.it.push;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

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

import static com.switchboard.it.Api.LOGIN_OTHERWHERE;
import static com.switchboard.it.Api.NOTHING;
import static com.switchboard.it.Api.SHAKE_HAND;
import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** VOIP-33/38/39 driven like the Android app: register, log in, poll, get pushed off by a second device. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PushChannelIT {
    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void secondDeviceLoginReachesTheParkedPollThroughTheBus() throws Exception {
        User user = api.selfRegister("dth_common");
        CompletableFuture<Reply> poll = api.loginAndPark(user, "phone-a");
        assertOk(api.login(user, "phone-b"));
        // A parked poll left alone would answer shake_hand after the hold time; login_otherwhere can only come from
        // the wake-up published on the cluster bus by the second login.
        assertEquals(LOGIN_OTHERWHERE, Api.answer(poll));

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
        CompletableFuture<Reply> poll = api.loginAndPark(user, "phone-a");
        assertOk(api.logout(user, "phone-a"));
        assertFailed("unlogined", Api.answer(poll));
    }

    @Test
    void aNewerPollFromTheSameDeviceCompletesTheOlderWithNothing() throws Exception {
        User user = api.selfRegister("dth_common");
        CompletableFuture<Reply> first = api.loginAndPark(user, "phone-a");
        CompletableFuture<Reply> second = api.poll(user.account(), "phone-a");
        assertEquals(NOTHING, Api.answer(first));
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
