package com.switchboard.it.call;

import com.switchboard.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.HexFormat;

import static com.switchboard.it.Api.assertOk;

/**
 * A p2p call from an iOS caller to an iOS callee signed in with a fresh APNs token: its invitation goes out as a
 * device push through the push queue (the offline APNs sender records it in the ops outbox under that token).
 */
public record IosInvitation(Api.User caller, String sessionId, String calleeToken) {

    public static IosInvitation ring(Api api) {
        Api.User caller = api.selfRegister("dth_common");
        Api.User callee = api.selfRegister("dth_common");
        assertOk(api.login(caller, "ios-" + caller.account()));
        byte[] token = new byte[32];
        new java.security.SecureRandom().nextBytes(token);
        String hex = HexFormat.of().formatHex(token);
        assertOk(api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", callee.name())
                .add("pwd", callee.pwd()).add("device_id", "iphone-" + callee.account())
                .add("clidata", Json.createObjectBuilder().add("os_type", "ios").add("push_token", hex)).build()));
        JsonObject started = api.post("lwork/mobile/voip/icalls", Json.createObjectBuilder()
                .add("uuid", caller.uuid()).add("caller_phone", caller.account()).add("phone", callee.account())
                .add("userclass", "game").add("sdp", "v=0\r\n").add("dev_id", "ios-" + caller.account())
                .add("type", "p2p").add("acc", caller.account())
                .add("clidata", Json.createObjectBuilder().add("os_type", "ios")).build());
        assertOk(started);
        return new IosInvitation(caller, started.getString("session_id"), hex);
    }

    /** The device pushes recorded for the callee's token so far. */
    public int pushesSent(Api api) {
        return api.opsGet("ops/outbox?channel=push&to=" + calleeToken).getJsonArray("items").size();
    }

    public void hangUp(Api api) {
        assertOk(api.delete("lwork/mobile/voip/calls", Json.createObjectBuilder().add("uuid", caller.uuid())
                .add("session_id", sessionId).build()));
    }
}
