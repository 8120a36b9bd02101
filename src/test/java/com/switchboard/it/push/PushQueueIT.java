package com.switchboard.it.push;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.it.Api.Reply;
import com.switchboard.it.Api.User;
import com.switchboard.push.PushChannelService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The per-device queue behind VOIP-33, driven from inside the server the way the call features will use it
 * (PushChannelService.enqueue), and read over HTTP the way the app does.
 */
@ExtendWith(ArquillianExtension.class)
class PushQueueIT {
    @Inject
    PushChannelService push;

    private final Api api = new Api();

    @Deployment
    static WebArchive deployment() {
        return Deployments.switchboardWar().addClasses(PushQueueIT.class, Api.class, Api.Reply.class, Api.User.class,
                com.switchboard.testing.Await.class);
    }

    private static JsonObject invitation(String caller) {
        return Json.createObjectBuilder().add("event", "p2p_inform_called").add("caller", caller)
                .add("opdata", Json.createObjectBuilder().add("session_id", "s-" + caller)).build();
    }

    @Test
    void anEventQueuedForAParkedDeviceIsDeliveredAtOnce() throws Exception {
        User user = api.selfRegister("dth_common");
        CompletableFuture<Reply> poll = api.loginAndPark(user, "phone-a");
        push.enqueue(user.account(), Long.valueOf(user.uuid()), "phone-a", invitation("1001"), Duration.ofSeconds(60));
        assertEquals(Json.createObjectBuilder().add("status", "ok")
                .add("data", Json.createArrayBuilder().add(invitation("1001"))).build(), Api.answer(poll));
    }

    @Test
    void eventsWaitForTheNextPollInOrderAndStaleInvitationsAreDropped() throws Exception {
        User user = api.selfRegister("dth_common");
        assertOk(api.login(user, "phone-a"));
        Long userId = Long.valueOf(user.uuid());
        push.enqueue(user.account(), userId, "phone-a", invitation("stale"), Duration.ZERO);
        push.enqueue(user.account(), userId, "phone-a", invitation("2001"), Duration.ofSeconds(60));
        push.enqueue(user.account(), userId, "phone-a", invitation("2002"), null);
        assertEquals(Json.createObjectBuilder().add("status", "ok").add("data", Json.createArrayBuilder()
                        .add(invitation("2001")).add(invitation("2002"))).build(),
                Api.answer(api.poll(user.account(), "phone-a")));
        // taken once: the next poll waits for something new
        assertEquals(Api.SHAKE_HAND, Api.answer(api.poll(user.account(), "phone-a")));
    }

    @Test
    void aDevicePushedOffByAnotherLoginLosesItsQueue() throws Exception {
        User user = api.selfRegister("dth_common");
        assertOk(api.login(user, "phone-a"));
        push.enqueue(user.account(), Long.valueOf(user.uuid()), "phone-a", invitation("3001"), null);
        assertOk(api.login(user, "phone-b"));
        assertEquals(Api.LOGIN_OTHERWHERE, Api.answer(api.poll(user.account(), "phone-a")));
    }
}
