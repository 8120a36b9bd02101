package com.switchboard.platform.wire;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DialectTest {

    @Test
    void familiesAreToldApartByPath() {
        assertEquals(Family.LWORK, Family.of("/lwork/mobile/login"));
        assertEquals(Family.LWORK, Family.of("channel/push_service"));
        assertEquals(Family.LWORK, Family.of("/service.yaws"));
        assertEquals(Family.SIGNALING, Family.of("/getContactPersons"));
        assertEquals(Family.SIGNALING, Family.of("/account/login"));
        assertEquals(Family.ISV, Family.of("/httpIntf/createConf.do"));
        assertEquals(Family.HEIHEI, Family.of("/api/user/login"));
        assertEquals(Family.OPS, Family.of("/ops/outbox"));
        assertEquals(Family.NONE, Family.of("/lworkx/mobile"));
        assertEquals(Family.NONE, Family.of("/apiary"));
        assertEquals(Family.NONE, Family.of("/"));
    }

    @Test
    void lworkFailuresAreStatusReasonWithHttp200() {
        Response r = LworkDialect.INSTANCE.render(ApiFailure.invalidParams("x"));
        assertEquals(200, r.getStatus());
        assertEquals(Json.createObjectBuilder().add("status", "failed").add("reason", "invalid_params").build(),
                r.getEntity());
        assertEquals(Json.createObjectBuilder().add("status", "failed").add("reason", "server_error").build(),
                LworkDialect.INSTANCE.render(ApiFailure.of(ErrorKind.SERVER_ERROR, null)).getEntity());
        assertEquals(404, LworkDialect.INSTANCE.render(ApiFailure.of(ErrorKind.NOT_FOUND, null)).getStatus());
    }

    @Test
    void eachDialectNamesInvalidInputItsOwnWay() {
        JsonObject signaling = SignalingDialect.INSTANCE.body(ErrorKind.INVALID_PARAMS, "phone missing");
        assertEquals(2, signaling.getInt("errorCode"));
        assertEquals("ERROR_CODE_DATA_INVALID", signaling.getString("errorCodeName"));
        assertEquals("phone missing", signaling.getString("message"));
        assertEquals(1, SignalingDialect.INSTANCE.body(ErrorKind.SERVER_ERROR, null).getInt("errorCode"));

        JsonObject isv = IsvDialect.INSTANCE.body(ErrorKind.INVALID_PARAMS, null);
        assertEquals("2", isv.getString("result"));
        assertEquals("9", IsvDialect.INSTANCE.body(ErrorKind.SERVER_ERROR, null).getString("result"));

        assertEquals(700, HeiheiDialect.INSTANCE.body(ErrorKind.INVALID_PARAMS, null).getInt("errorcode"));
        assertEquals(500, HeiheiDialect.INSTANCE.status(ErrorKind.SERVER_ERROR));
        assertEquals(Json.createObjectBuilder().add("errorcode", 720).add("errormsg", "token无效").build(),
                HeiheiDialect.INSTANCE.render(new ApiFailure(null, "720", "token无效") {
                }).getEntity());
    }

    /** What the request log reports: each dialect's own failures, and nothing for its successes. */
    @Test
    void eachDialectTellsItsFailuresFromItsSuccesses() {
        assertEquals(java.util.Optional.of("pwd_not_matched"), LworkDialect.INSTANCE.failure(
                LworkDialect.failed("pwd_not_matched")));
        assertEquals(java.util.Optional.empty(), LworkDialect.INSTANCE.failure(LworkDialect.ok().build()));
        assertEquals(java.util.Optional.of("731 直播不存在"), HeiheiDialect.INSTANCE.failure(
                HeiheiDialect.reply(731, "直播不存在")));
        assertEquals(java.util.Optional.empty(), HeiheiDialect.INSTANCE.failure(HeiheiDialect.success()));
        assertEquals(java.util.Optional.of("5 insufficient balance"), IsvDialect.INSTANCE.failure(
                IsvDialect.reply("5", "insufficient balance")));
        assertEquals(java.util.Optional.empty(), IsvDialect.INSTANCE.failure(IsvDialect.reply("0", "success")));
        assertEquals(java.util.Optional.of("ERROR_CODE_TOKEN_INVALID expired"), SignalingDialect.INSTANCE.failure(
                SignalingDialect.reply(SignalingDialect.Code.ERROR_CODE_TOKEN_INVALID, "expired")));
        assertEquals(java.util.Optional.empty(), SignalingDialect.INSTANCE.failure(
                SignalingDialect.reply(SignalingDialect.Code.ERROR_CODE_NONE, "")));
        assertEquals(java.util.Optional.of("not_found"), PlainDialect.INSTANCE.failure(PlainDialect.error("not_found")));
        assertEquals(java.util.Optional.empty(), PlainDialect.INSTANCE.failure(Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder()).build()));
    }
}
