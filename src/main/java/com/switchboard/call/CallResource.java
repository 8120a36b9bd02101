package com.switchboard.call;

import com.switchboard.call.CallRequests.AndroidAnswer;
import com.switchboard.call.CallRequests.AndroidStart;
import com.switchboard.call.CallRequests.Callback;
import com.switchboard.call.CallRequests.Dtmf;
import com.switchboard.call.CallRequests.DtmfWithSeq;
import com.switchboard.call.CallRequests.History;
import com.switchboard.call.CallRequests.Invitation;
import com.switchboard.call.CallRequests.IosAnswer;
import com.switchboard.call.CallRequests.IosStart;
import com.switchboard.call.CallRequests.OwnSession;
import com.switchboard.call.CallRequests.Session;
import com.switchboard.call.CallRequests.WebStart;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.ZoneId;

import static com.switchboard.platform.wire.LworkDialect.ok;

/** lwork calls (voip.md §2-4): Android, iOS and web calls, DTMF, history, p2p, callback. Thin: bind, call, map. */
@Path("lwork")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lwork calls", description = "voip.md §2-4, VOIP-13..32")
public class CallResource {
    @Inject
    RequestParams params;
    @Inject
    VoipCallService calls;
    @Inject
    CallStarts starts;
    @Inject
    P2pCalls p2p;

    /** VOIP-13 Start call (Android). */
    @POST
    @Path("mobile/voip/calls")
    @Operation(summary = "VOIP-13 Start call (Android)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AndroidStart.class)))
    public JsonObject startAndroid() {
        AndroidStart r = params.bind(AndroidStart.class);
        requireRtpAddress(r.sdp());
        StartedCall call = starts.start(new CallStarts.Start(Client.ANDROID, r.user_id(), r.dev_id(), r.acc(),
                r.caller_phone(), r.callee_phone(), r.type()));
        return call.media().addTo(ok().add("session_id", call.sessionId()), Client.ANDROID).build();
    }

    /** VOIP-14 Stop call (Android). */
    @DELETE
    @Path("mobile/voip/calls")
    @Operation(summary = "VOIP-14 Stop call (Android)")
    public JsonObject stopAndroid() {
        return stop();
    }

    /** VOIP-15 Call status (Android): {@code peer_status}, and {@code stats} once media flows. */
    @GET
    @Path("mobile/voip/calls")
    @Operation(summary = "VOIP-15 Call status (Android)")
    public JsonObject statusAndroid() {
        CallView view = calls.status(params.bind(Session.class).session_id(), null);
        return withStats(ok().add("peer_status", view.peerStatus().wire()), view).build();
    }

    /** VOIP-16 DTMF. */
    @POST
    @Path("mobile/voip/dtmf")
    @Operation(summary = "VOIP-16 DTMF")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtmf.class)))
    public JsonObject dtmf() {
        Dtmf r = params.bind(Dtmf.class);
        calls.dtmf(r.session_id(), r.num(), null);
        return ok().build();
    }

    /** VOIP-17 DTMF with sequence number: a repeated or lower {@code seq} is ok and not played again. */
    @POST
    @Path("mobile/voip/dtmf_with_seq")
    @Operation(summary = "VOIP-17 DTMF with sequence number")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DtmfWithSeq.class)))
    public JsonObject dtmfWithSeq() {
        DtmfWithSeq r = params.bind(DtmfWithSeq.class);
        calls.dtmf(r.session_id(), r.num(), r.seq());
        return ok().build();
    }

    /** VOIP-18 Start call (iOS). */
    @POST
    @Path("mobile/voip/icalls")
    @Operation(summary = "VOIP-18 Start call (iOS)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IosStart.class)))
    public JsonObject startIos() {
        IosStart r = params.bind(IosStart.class);
        requireSdp(r.sdp());
        StartedCall call = starts.start(new CallStarts.Start(Client.IOS, r.uuid(), r.dev_id(), r.acc(),
                r.caller_phone(), r.phone(), r.type()));
        return call.media().addTo(ok().add("session_id", call.sessionId()), Client.IOS).build();
    }

    /** VOIP-19 Stop call (iOS). */
    @DELETE
    @Path("mobile/voip/icalls")
    @Operation(summary = "VOIP-19 Stop call (iOS)")
    public JsonObject stopIos() {
        return stop();
    }

    /** VOIP-20 Call status (iOS): {@code peer_status} and {@code state} with the same value. */
    @GET
    @Path("mobile/voip/icalls")
    @Operation(summary = "VOIP-20 Call status (iOS)")
    public JsonObject statusIos() {
        OwnSession r = params.bind(OwnSession.class);
        CallView view = calls.status(r.session_id(), r.uuid());
        return withStats(ok().add("peer_status", view.peerStatus().wire()).add("state", view.peerStatus().wire()),
                view).build();
    }

    /** VOIP-21 Start call (web), on both prefixes. */
    @POST
    @Path("{prefix:mobile|voices1}/fzdvoip")
    @Operation(summary = "VOIP-21 Start call (web)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebStart.class)))
    public JsonObject startWeb(@PathParam("prefix") String prefix) {
        WebStart r = params.bind(WebStart.class);
        requireSdp(r.sdp());
        StartedCall call = starts.start(new CallStarts.Start(Client.WEB, r.uuid(), null, null, null, r.phone(),
                null));
        return call.media().addTo(ok().add("session_id", call.sessionId()), Client.WEB).build();
    }

    /** VOIP-22 Stop call (web), on both prefixes. */
    @DELETE
    @Path("{prefix:mobile|voices1}/fzdvoip")
    @Operation(summary = "VOIP-22 Stop call (web)")
    public JsonObject stopWeb(@PathParam("prefix") String prefix) {
        return stop();
    }

    /** VOIP-23 Call status (web): {@code state}, and {@code peer_status} with the same value. */
    @GET
    @Path("{prefix:mobile|voices1}/fzdvoip")
    @Operation(summary = "VOIP-23 Call status (web)")
    public JsonObject statusWeb(@PathParam("prefix") String prefix) {
        OwnSession r = params.bind(OwnSession.class);
        CallView view = calls.status(r.session_id(), r.uuid());
        return ok().add("state", view.peerStatus().wire()).add("peer_status", view.peerStatus().wire()).build();
    }

    /** VOIP-24 Call history. */
    @POST
    @Path("mobile/call_history")
    @Operation(summary = "VOIP-24 Call history")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = History.class)))
    public JsonObject history() {
        History r = params.bind(History.class);
        var list = calls.history(r.uuid(), r.device_id(), 2000);
        return ok().add("history", new CallHistory(ZoneId.systemDefault())
                .page(list, calls.userId(r.uuid()), r.start_id(), r.num(), Instant.now())).build();
    }

    /** VOIP-25 P2P ringing. */
    @POST
    @Path("mobile/p2p_ringing")
    @Operation(summary = "VOIP-25 P2P ringing")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Invitation.class)))
    public JsonObject p2pRinging() {
        p2p.p2pRinging(params.bind(Invitation.class).opdata());
        return ok().build();
    }

    /** VOIP-26 P2P answer (Android). */
    @POST
    @Path("mobile/p2p_answer")
    @Operation(summary = "VOIP-26 P2P answer (Android)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AndroidAnswer.class)))
    public JsonObject p2pAnswer() {
        AndroidAnswer r = params.bind(AndroidAnswer.class);
        requireRtpAddress(r.sdp());
        StartedCall call = p2p.p2pAnswer(r.opdata(), Client.ANDROID);
        return call.media().addTo(ok().add("session_id", call.sessionId()), Client.ANDROID).build();
    }

    /** VOIP-27 P2P answer (iOS). */
    @POST
    @Path("mobile/ip2p_answer")
    @Operation(summary = "VOIP-27 P2P answer (iOS)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IosAnswer.class)))
    public JsonObject ip2pAnswer() {
        IosAnswer r = params.bind(IosAnswer.class);
        requireSdp(r.sdp());
        StartedCall call = p2p.p2pAnswer(r.opdata(), Client.IOS);
        return call.media().addTo(ok().add("session_id", call.sessionId()), Client.IOS).build();
    }

    /** VOIP-28 P2P reject. */
    @POST
    @Path("mobile/p2p_reject")
    @Operation(summary = "VOIP-28 P2P reject")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Invitation.class)))
    public JsonObject p2pReject() {
        p2p.p2pReject(params.bind(Invitation.class).opdata());
        return ok().build();
    }

    /** VOIP-29 P2P poll (callee). */
    @POST
    @Path("mobile/p2p_poll")
    @Operation(summary = "VOIP-29 P2P poll (callee)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Invitation.class)))
    public JsonObject p2pPoll() {
        return ok().add("peer_status", p2p.p2pPoll(params.bind(Invitation.class).opdata()).wire()).build();
    }

    /** VOIP-30 Start callback ({@code lwork/mobile1/callback} and {@code lwork/mobile/callback}). */
    @POST
    @Path("{prefix:mobile1?}/callback")
    @Operation(summary = "VOIP-30 Start callback")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Callback.class)))
    public JsonObject startCallback(@PathParam("prefix") String prefix) {
        Callback r = params.bind(Callback.class);
        return ok().add("session_id", starts.startCallback(r.uuid(), r.local(), r.remote())).build();
    }

    /** VOIP-31 Stop callback: both legs are released. */
    @DELETE
    @Path("{prefix:mobile1?}/callback")
    @Operation(summary = "VOIP-31 Stop callback")
    public JsonObject stopCallback(@PathParam("prefix") String prefix) {
        calls.stop(params.bind(Session.class).session_id(), null);
        return ok().build();
    }

    /** VOIP-32 Callback status, per leg. */
    @GET
    @Path("mobile1/calls/status")
    @Operation(summary = "VOIP-32 Callback status")
    public JsonObject callbackStatus() {
        CallView view = calls.status(params.bind(Session.class).session_id(), null);
        if (view.local() == null) {
            throw CallFailure.of(CallFailure.SESSION_NOT_EXIST); // not a callback session
        }
        return ok().add("local", view.local().wire()).add("remote", view.remote().wire()).build();
    }

    private JsonObject stop() {
        OwnSession r = params.bind(OwnSession.class);
        calls.stop(r.session_id(), r.uuid());
        return ok().build();
    }

    private static JsonObjectBuilder withStats(JsonObjectBuilder reply, CallView view) {
        return view.stats() == null ? reply : reply.add("stats", view.stats());
    }

    /** Android's {@code sdp} is the client's RTP address {@code {"ip":"<ip>","port":<int>}}. */
    private static void requireRtpAddress(JsonObject sdp) {
        if (!(sdp.get("ip") instanceof JsonString ip) || ip.getString().isBlank()
                || !(sdp.get("port") instanceof JsonNumber port) || !port.isIntegral()
                || port.intValue() < 1 || port.intValue() > 65535) {
            throw CallFailure.of("invalid_params");
        }
    }

    /** iOS and web send an SDP offer: text that starts with its version line. */
    private static void requireSdp(String sdp) {
        if (!sdp.startsWith("v=0")) {
            throw CallFailure.of("invalid_params");
        }
    }
}
