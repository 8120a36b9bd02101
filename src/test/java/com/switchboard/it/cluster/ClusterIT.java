package com.switchboard.it.cluster;

import com.switchboard.it.call.CallIT;
import com.switchboard.it.signaling.SignalingIT;
import com.switchboard.it.signaling.Signal;
import com.switchboard.it.conference.IsvClient;
import com.switchboard.it.conference.WebhookReceiver;
import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.testing.Await;
import com.switchboard.it.Api.Reply;
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

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Two instances sharing PostgreSQL and Artemis behave as one service: a device whose poll is parked on instance B is
 * reached by what happens on instance A, and a signaling caller on A completes a call with a callee on B (run by the
 * postgres-artemis profile, which starts instance B).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ClusterIT {
    private static final String SECOND = "switchboard-b";
    private final Api a = new Api();
    private final Api b = new Api(System.getProperty("it.second.instance"));

    /** Starts the second instance (created and deployed by the build, configured by its server.env). */
    @BeforeAll
    static void startSecondInstance() throws Exception {
        startSecond();
    }

    /** Starts the second instance and waits until it is ready. */
    public static void startSecond() throws Exception {
        server("start");
        Api second = new Api(System.getProperty("it.second.instance"));
        Await.until(() -> second.getQuietly("health/ready") == 200, java.time.Duration.ofMinutes(3),
                () -> "second instance never became ready");
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        server("stop");
    }

    public static void server(String action) throws Exception {
        Path wlp = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"));
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, SECOND);
        // The same database and broker settings as the managed instance (inherited), its own listeners.
        builder.environment().put("HTTP_PORT", String.valueOf(URI.create(System.getProperty("it.second.instance"))
                .getPort()));
        builder.environment().put("HTTPS_PORT", "9543");
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

    @Test
    void signalingCallerOnACallsCalleeOnB() {
        Signal onA = new Signal();
        Signal onB = new Signal(System.getProperty("it.second.instance"));
        Signal.Dev caller = onA.device();
        Signal.Dev callee = onA.device();
        try (Signal.Socket sa = onA.connect(caller); Signal.Socket sb = onB.connect(callee)) {
            SignalingIT.awaitOnline(sa, sb, callee);
            sa.send(Signal.call(callee));
            JsonObject called = sb.next("called");
            assertEquals(caller.phone(), called.getString("from_phone"));
            String room = called.getString("room_id");
            sb.send(Signal.answer("called_success", called));
            assertEquals(room, sa.next("call_success").getString("room_id"));

            // The video room's two peers on different instances reach each other too.
            try (Signal.Socket p1 = onA.room(room)) {
                p1.next("joined");
                Signal.Socket p2 = onB.room(room);
                p2.next("joined");
                p1.next("peer_joined");
                JsonObject offer = Json.createObjectBuilder().add("type", "offer").add("sdp", "v=0").build();
                p1.send(offer);
                assertEquals(offer, p2.next());

                sb.send(Signal.hangup(caller, room));
                JsonObject be = sa.next("calling_be_hangup");
                assertEquals(callee.phone(), be.getString("fire_phone"));
                assertEquals(room, be.getString("room_id"));
                p1.next("room_closed");
                p2.next("room_closed");
            }
        }
    }

    @Test
    void aSecondSocketOnBReplacesTheFirstOnA() {
        Signal onA = new Signal();
        Signal onB = new Signal(System.getProperty("it.second.instance"));
        Signal.Dev device = onA.device();
        Signal.Dev caller = onA.device();
        try (Signal.Socket sa = onA.connect(caller); Signal.Socket first = onA.connect(device)) {
            SignalingIT.awaitOnline(sa, first, device);
            try (Signal.Socket second = onB.connect(device)) {
                assertEquals(1008, first.awaitClosed());
                SignalingIT.awaitOnline(sa, second, device);
            }
        }
    }

    @Test
    void aCallStartedOnAIsPolledDialledAndStoppedOnB() {
        User user = a.selfRegister("dth_common");
        assertOk(a.login(user, "phone-a"));
        JsonObject started = a.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", user.uuid()).add("caller_phone", user.account()).add("callee_phone", CallIT.ANSWERS)
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", "phone-a").add("acc", user.account())
                .add("clidata", Api.android()).build());
        String sid = started.getString("session_id");
        CallIT.awaitTrue(() -> "hookoff".equals(b.getJson("lwork/mobile/voip/calls?session_id=" + sid)
                .getString("peer_status")), "B never saw the call on A answered");
        assertOk(b.post("lwork/mobile/voip/dtmf_with_seq", Json.createObjectBuilder().add("session_id", sid)
                .add("num", "1").add("seq", 1).build()));
        assertOk(b.delete("lwork/mobile/voip/calls", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("session_id", sid).build()));
        assertEquals("release", a.getJson("lwork/mobile/voip/calls?session_id=" + sid).getString("peer_status"));
    }

    @Test
    void aP2pInvitationFromAReachesTheCalleePolledOnBAndItsAnswerReachesA() throws Exception {
        User caller = a.selfRegister("dth_common");
        assertOk(a.login(caller, "phone-a"));
        User callee = a.selfRegister("dth_common");
        CompletableFuture<Reply> poll = b.loginAndPark(callee, "phone-b");
        String sid = a.post("lwork/mobile/voip/calls", Json.createObjectBuilder()
                .add("user_id", caller.uuid()).add("caller_phone", caller.account())
                .add("callee_phone", callee.account()).add("type", "p2p")
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.8").add("port", 40000))
                .add("userclass", "game").add("dev_id", "phone-a").add("acc", caller.account())
                .add("clidata", Api.android()).build()).getString("session_id");
        JsonObject event = Api.answer(poll).getJsonArray("data").getJsonObject(0);
        assertEquals("p2p_inform_called", event.getString("event"));
        assertOk(b.post("lwork/mobile/p2p_ringing", Json.createObjectBuilder().add("opdata", event.get("opdata"))
                .build()));
        assertOk(b.post("lwork/mobile/p2p_answer", Json.createObjectBuilder()
                .add("caller_phone", caller.account()).add("callee_phone", callee.account())
                .add("sdp", Json.createObjectBuilder().add("ip", "10.0.0.9").add("port", 40002))
                .add("userclass", "game").add("opdata", event.get("opdata")).add("clidata", Api.android()).build()));
        assertEquals("p2p_hookoff", a.getJson("lwork/mobile/voip/calls?session_id=" + sid).getString("peer_status"));
    }

    @Test
    void aConferenceStartedOnAIsChangedAndEndedOnBWithEveryCallbackOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            IsvClient isvA = new IsvClient(a);
            IsvClient.Account account = isvA.account("com-" + java.util.UUID.randomUUID(), receiver.url("/status"),
                    receiver.url("/record"));
            isvA.recharge(account, 50, "02", "0.10");
            JsonObject created = isvA.get("createConference", IsvClient.signed("account_identify",
                    account.identify(), account.keyTemp(), IsvClient.epochMillisNow(), "caller", "8613800000051",
                    "phones", "13900000052,13900000053", "userId", "cluster"));
            IsvClient.assertResult("0", created);
            String sid = created.getString("sessionId");
            // The legs ring on A's gateway; B sees the shared state and its changes reach A over the cluster bus.
            java.util.function.Function<String, String> state = number -> b.opsGet("ops/isv/conferences/" + sid)
                    .getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getString("number").equals(number)).map(l -> l.getString("call_state"))
                    .findFirst().orElse("none");
            CallIT.awaitTrue(() -> "ANSWERED".equals(state.apply("13900000052"))
                    && "ANSWERED".equals(state.apply("13900000053")), () -> "on B: " + state.apply("13900000052"));
            IsvClient isvB = new IsvClient(b);
            IsvClient.assertResult("0", isvB.get("conferenceMinus", IsvClient.fields("sessionid", sid, "calledNbr",
                    "13900000053")));
            CallIT.awaitTrue(() -> "DISCONNECTED".equals(state.apply("13900000053")), "kick from B never reached A");
            IsvClient.assertResult("0", isvB.get("endConference", IsvClient.fields("sessionid", sid)));
            CallIT.awaitTrue(() -> "DISCONNECTED".equals(state.apply("8613800000051"))
                    && "DISCONNECTED".equals(state.apply("13900000052")), "end from B never reached A");
            // 3 legs x 4 states + 3 CDRs, each event delivered once whichever instance sent it.
            CallIT.awaitTrue(() -> receiver.received().size() >= 15, () -> "callbacks: " + receiver.received().size());
            assertEquals(15, receiver.received().stream().map(WebhookReceiver.Received::eventId).distinct().count());
            assertEquals(15, receiver.received().size());
        }
    }

    /** heihei HH-ENV-01: a tosingle sent to instance A reaches the user's sockets on A and on B. */
}
