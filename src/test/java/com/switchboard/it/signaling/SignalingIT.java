package com.switchboard.it.signaling;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.it.Api.Reply;
import com.switchboard.it.signaling.Signal.Dev;
import com.switchboard.it.signaling.Signal.Socket;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static com.switchboard.it.signaling.Signal.answer;
import static com.switchboard.it.signaling.Signal.call;
import static com.switchboard.it.signaling.Signal.hangup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signaling accounts (SIG-01/02), the ops registry and the WebSocket call flow (SIG-03..12), as clients see them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SignalingIT {
    private final Signal signal = new Signal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    // --- SIG-01 / SIG-02 ---

    @Test
    void loginIssuesAJwtWithTheSeedsClaimsAndContactsComeInOrder() {
        Dev me = signal.device();
        JsonObject login = signal.login(me.phone(), me.deviceId());
        assertEquals(0, login.getInt("errorCode"));
        assertEquals("ERROR_CODE_NONE", login.getString("errorCodeName"));
        assertEquals("success", login.getString("message"));
        String[] parts = login.getString("token").split("\\.");
        assertEquals(3, parts.length);
        JsonObject header = json(parts[0]);
        JsonObject claims = json(parts[1]);
        assertEquals("HS256", header.getString("alg"));
        assertEquals(me.phone() + me.deviceId(), claims.getString("userName"));
        assertEquals(me.phone(), claims.getString("phone"));
        assertEquals(me.deviceId(), claims.getString("device_id"));
        assertTrue(claims.containsKey("ip"));
        long ahead = claims.getJsonNumber("exp").longValue() - Instant.now().getEpochSecond();
        assertTrue(ahead > 7 * 86_400 - 120 && ahead <= 7 * 86_400, "exp 7 days ahead: " + claims);

        Dev x = signal.device();
        Dev y = signal.device(x.phone(), "pad01");
        Reply put = signal.ops("PUT", "ops/signaling/contacts", Json.createObjectBuilder().add("phone", me.phone())
                .add("contacts", Json.createArrayBuilder().add(y.asContact()).add(x.asContact())).build().toString());
        assertEquals(200, put.status(), put::body);
        JsonObject contacts = contacts(me.phone(), me.token());
        assertEquals(0, contacts.getInt("errorCode"), contacts::toString);
        assertEquals(Json.createArrayBuilder().add(y.asContact()).add(x.asContact()).build(),
                contacts.getJsonArray("contacts"));
        assertEquals(Json.createArrayBuilder().build(), contacts(x.phone(), x.token()).getJsonArray("contacts"));
    }

    @Test
    void loginChecksFormatThenRegistry() {
        Dev known = signal.device();
        assertCode(5, signal.login(known.phone(), ""));
        assertCode(5, signal.api.post("account/login", Json.createObjectBuilder().add("phone", known.phone()).build()));
        assertCode(3, signal.login("not-a-phone", known.deviceId()));
        assertCode(5, signal.login("not-a-phone", "")); // the device id is checked first
        assertCode(3, signal.login(Signal.uniquePhone(), "tv888"));
        assertCode(5, signal.login(known.phone(), "never-registered"));
        Reply malformed = signal.api.post("account/login", "application/json", "{\"phone\":");
        assertEquals(200, malformed.status());
        assertCode(2, malformed.json());
    }

    @Test
    void contactsNeedTheTokenOfThatPhone() {
        Dev me = signal.device();
        Dev other = signal.device();
        assertCode(4, contacts(other.phone(), me.token()));
        assertCode(4, contacts(me.phone(), tampered(me.token())));
        assertCode(4, contacts(me.phone(), "not.a.token"));
        assertCode(4, contacts(me.phone(), ""));
    }

    @Test
    void removingADeviceEndsItsTokensEvenIfRegisteredAgain() {
        Dev me = signal.device();
        assertEquals(101, signal.handshakeStatus("socket.io?token=" + me.token()));
        Reply removed = signal.ops("DELETE", "ops/signaling/devices?phone=" + me.phone() + "&device_id="
                + me.deviceId(), null);
        assertEquals(200, removed.status(), removed::body);
        assertCode(4, contacts(me.phone(), me.token()));
        assertEquals(401, signal.handshakeStatus("socket.io?token=" + me.token()));
        assertCode(3, signal.login(me.phone(), me.deviceId()));
        signal.register(me.phone(), me.deviceId());
        assertCode(4, contacts(me.phone(), me.token()));
        assertCode(0, signal.login(me.phone(), me.deviceId()));
        assertEquals(404, signal.ops("DELETE", "ops/signaling/devices?phone=" + Signal.uniquePhone()
                + "&device_id=x", null).status());
    }

    @Test
    void opsRegistryNeedsTheOpsTokenAndWellFormedInput() {
        Reply anonymous = signal.api.post("ops/signaling/devices", "application/json",
                "{\"phone\":\"13800000001\",\"device_id\":\"x\"}");
        assertEquals(401, anonymous.status());
        assertEquals(400, signal.ops("POST", "ops/signaling/devices", "{\"phone\":\"abc\",\"device_id\":\"x\"}").status());
        assertEquals(400, signal.ops("POST", "ops/signaling/devices", "{\"phone\":\"13800000001\"}").status());
        assertEquals(400, signal.ops("PUT", "ops/signaling/contacts", "{\"phone\":\"13800000001\",\"contacts\":5}")
                .status());
        String phone = Signal.uniquePhone();
        signal.register(phone, "d1");
        Reply again = signal.ops("POST", "ops/signaling/devices",
                "{\"phone\":\"" + phone + "\",\"device_id\":\"d1\"}");
        assertEquals(200, again.status());
        assertFalse(again.json().getBoolean("created"), "registering twice changes nothing");
    }

    @Test
    void theOpsRegistryAndTheAccountApiAreInTheOpenApiDocument() {
        Reply openapi = signal.api.get("openapi", null);
        assertEquals(200, openapi.status());
        for (String path : List.of("/ops/signaling/devices:", "/ops/signaling/contacts:", "/account/login:",
                "/getContactPersons:")) {
            assertTrue(openapi.body().contains(path), () -> path + " missing from /openapi");
        }
    }

    // --- SIG-03: the handshake ---

    @Test
    void handshakeNeedsAValidToken() {
        Dev me = signal.device();
        assertEquals(401, signal.handshakeStatus("socket.io"));
        assertEquals(401, signal.handshakeStatus("socket.io?token="));
        assertEquals(401, signal.handshakeStatus("socket.io?token=garbage"));
        assertEquals(401, signal.handshakeStatus("socket.io?token=" + tampered(me.token())));
        assertEquals(101, signal.handshakeStatus("socket.io?token=" + me.token()));
    }

    @Test
    void theServerPingsAndDropsSocketsThatStaySilent() throws Exception {
        Dev quiet = signal.device();
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b);
             java.net.Socket raw = new java.net.Socket("localhost", java.net.URI.create(Api.BASE).getPort())) {
            // A client that completes the handshake by hand and then never answers anything, not even pings.
            raw.setSoTimeout((int) Signal.WAIT.toMillis());
            raw.getOutputStream().write(("GET /socket.io?token=" + quiet.token() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var in = new java.io.DataInputStream(raw.getInputStream());
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.readUnsignedByte());
            }
            assertTrue(head.toString().startsWith("HTTP/1.1 101"), head::toString);
            int pings = 0;
            boolean closedByServer = false;
            while (!closedByServer) {
                int first = in.read();
                if (first < 0) {
                    closedByServer = true; // connection ended
                    break;
                }
                int opcode = first & 0x0F;
                int length = in.readUnsignedByte() & 0x7F;
                in.readNBytes(length);
                if (opcode == 0x9) {
                    pings++;
                } else if (opcode == 0x8) {
                    closedByServer = true;
                }
            }
            assertTrue(pings >= 1, "pinged before being dropped");
            // Clients that answer pings stay, however quiet, and are still callable.
            assertTrue(sa.pings.get() >= 1);
            assertTrue(sa.isOpen() && sb.isOpen());
            awaitOnline(sa, sb, b);
        }
    }

    // --- SIG-04..12: the call flow ---

    /**
     * A device is reachable the moment its handshake returns: its presence commits before the upgrade is answered
     * and frames for it wait for its socket. Connect the callee, connect the caller, call at once, 50 times.
     */
    @Test
    void aCalleeIsReachableTheMomentItsHandshakeReturns() {
        for (int round = 0; round < 50; round++) {
            Dev a = signal.device();
            Dev b = signal.device();
            try (Socket sb = signal.connect(b); Socket sa = signal.connect(a)) {
                sa.send(call(b));
                JsonObject called = sb.poll(Signal.WAIT);
                int r = round;
                assertTrue(called != null, () -> "round " + r + ": no called; the caller got " + sa.poll(
                        java.time.Duration.ZERO));
                assertEquals("called", called.getString("type"), called::toString);
                assertEquals(a.phone(), called.getString("from_phone"));
                sa.send(hangup(b, called.getString("room_id")));
                sb.next("calling_be_hangup");
            }
        }
    }

    @Test
    void callAnswerAndHangUp() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b)) {
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            JsonObject called = sb.next("called");
            assertEquals(a.phone(), called.getString("from_phone"));
            assertEquals(a.deviceId(), called.getString("from_device_id"));
            String room = called.getString("room_id");
            assertTrue(room.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), room);
            sb.send(answer("called_success", called));
            JsonObject success = sa.next("call_success");
            assertEquals(b.phone(), success.getString("to_phone"));
            assertEquals(b.deviceId(), success.getString("to_device_id"));
            assertEquals(room, success.getString("room_id"));

            sa.send(hangup(b, room));
            JsonObject be = sb.next("calling_be_hangup");
            assertEquals(a.phone(), be.getString("fire_phone"));
            assertEquals(a.deviceId(), be.getString("fire_device_id"));
            assertEquals(room, be.getString("room_id"));
            sa.assertNothingPending(); // no reply to the one who hung up

            sb.send(call(a)); // both idle again
            assertEquals(b.phone(), sa.next("called").getString("from_phone"));
        }
    }

    @Test
    void calleeRefuses() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b)) {
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            sb.send(answer("called_refuse", sb.next("called")));
            JsonObject refuse = sa.next("call_refuse");
            assertEquals(b.phone(), refuse.getString("to_phone"));
            assertFalse(refuse.containsKey("room_id"), "no room_id on failure");
        }
    }

    @Test
    void calleeOfflineOrUnknown() {
        Dev a = signal.device();
        Dev offline = signal.device();
        try (Socket sa = signal.connect(a)) {
            sa.send(call(offline));
            JsonObject failed = sa.next("call_failed");
            assertEquals(offline.phone(), failed.getString("to_phone"));
            assertEquals("offline", failed.getString("reason"));
            assertFalse(failed.containsKey("room_id"));
            sa.send(call(new Dev(Signal.uniquePhone(), "nobody", null)));
            assertEquals("offline", sa.next("call_failed").getString("reason"));
        }
    }

    @Test
    void calleeBusyWhileRingingAndInACall() {
        Dev a = signal.device();
        Dev b = signal.device();
        Dev c = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b); Socket sc = signal.connect(c)) {
            awaitOnline(sa, sb, b);
            awaitOnline(sa, sc, c);
            sa.send(call(b));
            JsonObject called = sb.next("called");
            sc.send(call(b));
            assertEquals("busy", sc.next("call_failed").getString("reason"));
            sc.send(call(a)); // the caller is busy too
            assertEquals("busy", sc.next("call_failed").getString("reason"));
            sb.send(answer("called_success", called));
            sa.next("call_success");
            sc.send(call(b));
            assertEquals("busy", sc.next("call_failed").getString("reason"));
            sb.assertNothingPending();
        }
    }

    @Test
    void ringTimeoutFailsTheCallerAndHangsUpTheCallee() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b)) {
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            String room = sb.next("called").getString("room_id");
            JsonObject failed = sa.next("call_failed"); // the ITs ring for a few seconds only
            assertEquals("timeout", failed.getString("reason"));
            JsonObject be = sb.next("calling_be_hangup");
            assertEquals(a.phone(), be.getString("fire_phone"));
            assertEquals(room, be.getString("room_id"));
        }
    }

    @Test
    void callerCancelsBeforeTheAnswerWithAnEmptyRoomId() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b)) {
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            JsonObject called = sb.next("called");
            sa.send(hangup(b, ""));
            JsonObject be = sb.next("calling_be_hangup");
            assertEquals(a.phone(), be.getString("fire_phone"));
            assertEquals(called.getString("room_id"), be.getString("room_id"));
            sa.assertNothingPending();
            sb.send(answer("called_success", called)); // too late: ignored
            sa.assertNothingPending();
        }
    }

    @Test
    void onlyTheCalledDeviceOfAPhoneRings() {
        Dev a = signal.device();
        Dev tv = signal.device();
        Dev pad = signal.device(tv.phone(), "pad01");
        try (Socket sa = signal.connect(a); Socket stv = signal.connect(tv); Socket spad = signal.connect(pad)) {
            awaitOnline(sa, spad, pad);
            awaitOnline(sa, stv, tv);
            sa.send(call(pad));
            assertEquals(a.phone(), spad.next("called").getString("from_phone"));
            stv.assertNothingPending();
        }
    }

    @Test
    void aNewConnectionReplacesTheOlderOneOfTheSameDevice() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket first = signal.connect(b)) {
            awaitOnline(sa, first, b);
            try (Socket second = signal.connect(b)) {
                assertEquals(1008, first.awaitClosed());
                sa.send(call(b));
                assertEquals(a.phone(), second.next("called").getString("from_phone"));
            }
        }
    }

    @Test
    void badFramesAreAnsweredOrIgnoredAndNeverCloseAnyone() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b)) {
            sa.sendText("{not json");
            assertEquals(Json.createObjectBuilder().add("type", "error").add("reason", "invalid_frame").build(),
                    sa.next());
            sa.sendText("[1,2]");
            assertEquals("invalid_frame", sa.next("error").getString("reason"));
            sa.sendText("{\"type\":7}");
            assertEquals("invalid_frame", sa.next("error").getString("reason"));
            sa.send(Json.createObjectBuilder().add("type", "call").add("to_phone", b.phone()).build());
            assertEquals("invalid_frame", sa.next("error").getString("reason"));
            sa.send(Json.createObjectBuilder().add("type", "dance").add("to_phone", b.phone()).build());
            sa.assertNothingPending(); // unknown type: ignored, no reply
            assertTrue(sa.isOpen());
            assertTrue(sb.isOpen());
            sa.send(call(b));
            sb.next("called");
        }
    }

    @Test
    void onlyTheCalleeOfTheRoomCanAnswerAndOnlyMembersHangUp() {
        Dev a = signal.device();
        Dev b = signal.device();
        Dev mallory = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b); Socket sm = signal.connect(mallory)) {
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            JsonObject called = sb.next("called");
            sm.send(answer("called_success", called));
            sm.send(hangup(b, called.getString("room_id")));
            sm.send(hangup(a, called.getString("room_id")));
            sa.assertNothingPending();
            sb.assertNothingPending();
            sb.send(answer("called_success", called));
            assertEquals(called.getString("room_id"), sa.next("call_success").getString("room_id"));
        }
    }

    @Test
    void aPartyThatStaysDisconnectedIsHungUpAfterTheGrace() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a)) {
            Socket sb = signal.connect(b);
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            JsonObject called = sb.next("called");
            sb.send(answer("called_success", called));
            sa.next("call_success");
            sb.close();
            JsonObject be = sa.next("calling_be_hangup");
            assertEquals(b.phone(), be.getString("fire_phone"));
            assertEquals(called.getString("room_id"), be.getString("room_id"));
        }
    }

    @Test
    void aPartyThatReconnectsWithinTheGraceKeepsTheCall() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a)) {
            Socket sb = signal.connect(b);
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            JsonObject called = sb.next("called");
            sb.send(answer("called_success", called));
            sa.next("call_success");
            sb.close();
            try (Socket again = signal.connect(b)) {
                sa.send(hangup(b, called.getString("room_id")));
                assertEquals(a.phone(), again.next("calling_be_hangup").getString("fire_phone"));
            }
        }
    }

    @Test
    void theCallerDroppingWhileRingingHangsUpTheCallee() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sb = signal.connect(b)) {
            Socket sa = signal.connect(a);
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            String room = sb.next("called").getString("room_id");
            sa.close();
            JsonObject be = sb.next("calling_be_hangup");
            assertEquals(a.phone(), be.getString("fire_phone"));
            assertEquals(room, be.getString("room_id"));
        }
    }

    // --- SIG-13: the room socket ---

    @Test
    void roomRelaysBetweenTwoPeersAndClosesWithTheCall() {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b)) {
            awaitOnline(sa, sb, b);
            sa.send(call(b));
            JsonObject called = sb.next("called");
            String room = called.getString("room_id");
            sb.send(answer("called_success", called));
            sa.next("call_success");
            try (Socket p1 = signal.room(room)) {
                p1.next("joined");
                Socket p2 = signal.room(room);
                p2.next("joined");
                p1.next("peer_joined"); // the peer already there offers
                JsonObject offer = Json.createObjectBuilder().add("type", "offer").add("sdp", "v=0 " + "x".repeat(800))
                        .build();
                p1.send(offer);
                assertEquals(offer, p2.next());
                JsonObject candidate = Json.createObjectBuilder().add("type", "candidate")
                        .add("candidate", Json.createObjectBuilder().add("candidate", "candidate:1 1 udp 1 1.2.3.4 5 typ host"))
                        .build();
                p2.send(candidate);
                assertEquals(candidate, p1.next());
                p1.sendText("{\"type\":\"shout\"}");
                assertEquals("invalid_frame", p1.next("error").getString("reason"));

                Socket third = signal.room(room);
                assertEquals("room_full", third.next("error").getString("reason"));
                third.awaitClosed();

                p2.close(); // a peer that leaves frees its place: it can come back
                p1.next("peer_left");
                Socket back = signal.room(room);
                back.next("joined");
                p1.next("peer_joined");

                sa.send(hangup(b, room));
                sb.next("calling_be_hangup");
                p1.next("room_closed");
                back.next("room_closed");
                p1.awaitClosed();
                back.awaitClosed();
            }
            assertEquals(404, signal.handshakeStatus("socket.io/room?room_id=" + room));
        }
        assertEquals(404, signal.handshakeStatus("socket.io/room?room_id=" + java.util.UUID.randomUUID()));
        assertEquals(404, signal.handshakeStatus("socket.io/room?room_id=not-a-uuid"));
        assertEquals(404, signal.handshakeStatus("socket.io/room"));
    }

    @Test
    void videoPageIsServed() {
        Reply page = signal.api.get("static/demo/direct_chat.html?room_id=" + java.util.UUID.randomUUID(), null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("direct_chat.js"));
        Reply script = signal.api.get("static/demo/direct_chat.js", null);
        assertEquals(200, script.status());
        assertTrue(script.body().contains("RTCPeerConnection"));
        assertNotEquals(200, signal.api.get("static/demo/../../WEB-INF/web.xml", null).status());
    }

    // --- helpers ---

    /**
     * Waits until the server has registered both sockets: a probe call from {@code caller} rings {@code callee}. A
     * probe made too early fails at once (offline, or busy while the caller's own socket registers) and is retried.
     */
    public static void awaitOnline(Socket caller, Socket calleeSocket, Dev callee) {
        long deadline = System.nanoTime() + Signal.WAIT.toNanos();
        while (true) {
            caller.send(call(callee));
            JsonObject called = calleeSocket.poll(java.time.Duration.ofMillis(300));
            if (called != null) {
                assertEquals("called", called.getString("type"), called::toString);
                caller.send(hangup(callee, called.getString("room_id")));
                calleeSocket.next("calling_be_hangup");
                return;
            }
            JsonObject failed = caller.next("call_failed");
            if (System.nanoTime() > deadline) {
                throw new AssertionError(callee + " never came online: " + failed);
            }
        }
    }

    private JsonObject contacts(String phone, String token) {
        return signal.api.post("getContactPersons", Json.createObjectBuilder().add("phone", phone)
                .add("token", token).build());
    }

    private static void assertCode(int code, JsonObject reply) {
        assertEquals(code, reply.getInt("errorCode"), reply::toString);
        assertEquals(List.of("ERROR_CODE_NONE", "ERROR_CODE_INTERNAL_ERROR", "ERROR_CODE_DATA_INVALID",
                "ERROR_CODE_PHONE_INVALID", "ERROR_CODE_TOKEN_INVALID", "ERROR_CODE_DEVICE_INVALID").get(code),
                reply.getString("errorCodeName"));
        assertTrue(reply.containsKey("message"));
        assertEquals(code == 0, reply.containsKey("token") || reply.containsKey("contacts"), reply::toString);
    }

    private static JsonObject json(String base64url) {
        String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The same token with one claim changed and the signature kept. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        JsonObject claims = json(parts[1]);
        JsonObject forged = Json.createObjectBuilder(claims).add("phone", "13999999999").build();
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
