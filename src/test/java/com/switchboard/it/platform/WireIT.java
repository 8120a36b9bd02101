package com.switchboard.it.platform;

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

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static com.switchboard.it.Api.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every client meets first: dialects, parameter binding, the envelope, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WireIT {
    private static final JsonObject INVALID = Json.createObjectBuilder().add("status", "failed")
            .add("reason", "invalid_params").build();
    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private static void assertNoStackTrace(Reply reply) {
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply.body());
        assertFalse(reply.body().contains("<html"), reply.body());
    }

    @Test
    void malformedBodiesAreAnsweredInTheLworkDialect() {
        for (String body : new String[]{"{\"acc\":", "[1,2]", "\"text\"", "{\"acc\":\"a\",}"}) {
            Reply reply = api.post("lwork/mobile/login", "application/json", body);
            assertEquals(200, reply.status(), body);
            assertEquals(INVALID, reply.json(), body);
            assertNoStackTrace(reply);
        }
    }

    @Test
    void missingFieldsAndWrongTypesAreInvalidParams() {
        // missing pwd
        assertEquals(INVALID, api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", "a")
                .add("device_id", "d").add("clidata", Api.android()).build()));
        // clidata must be an object
        assertEquals(INVALID, api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", "a")
                .add("pwd", "p").add("device_id", "d").add("clidata", 5).build()));
        // users must be an array of objects
        assertEquals(INVALID, api.post("lwork/mobile1/query_status",
                Json.createObjectBuilder().add("users", "nope").build()));
        assertEquals(INVALID, api.post("lwork/mobile1/query_status",
                Json.createObjectBuilder().add("users", Json.createArrayBuilder().add(3)).build()));
        // an empty body is no request at all
        assertEquals(INVALID, api.post("lwork/mobile/logout", "application/json", "").json());
    }

    @Test
    void formBodiesQueryStringsAndTrailingSlashesBindAlike() {
        User user = api.selfRegister("dth_common");
        String clidata = URLEncoder.encode("{\"os_type\":\"android\"}", StandardCharsets.UTF_8);
        Reply form = api.post("lwork/mobile/login/", "application/x-www-form-urlencoded",
                "acc=" + user.name() + "&pwd=" + user.pwd() + "&device_id=f1&clidata=" + clidata);
        assertEquals(200, form.status());
        assertOk(form.json());
        assertEquals(user.uuid(), form.json().getString("uuid"));
        // parameters in the query string, body empty; the body wins where both give a value
        Reply query = api.post("lwork/mobile/login?acc=" + user.name() + "&pwd=wrong&device_id=q1&clidata=" + clidata,
                "application/json", "{\"pwd\":\"" + user.pwd() + "\"}");
        assertOk(query.json());
    }

    @Test
    void envelopeRoundTripAsVoip62Describes() {
        User user = api.selfRegister("dth_common");
        String plain = Json.createObjectBuilder().add("acc", user.name()).add("pwd", user.pwd())
                .add("device_id", "e1").add("clidata", Api.android()).build().toString();
        String sealed = "Xk3pQ7a" + Base64.getEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        Reply reply = api.post("lwork/mobile/login", "application/json",
                Json.createObjectBuilder().add("data_enc", sealed).build().toString());
        JsonObject outer = reply.json();
        assertEquals(1, outer.size(), outer::toString);
        JsonObject inner = open(outer.getString("data_enc"));
        assertOk(inner);
        assertEquals(user.uuid(), inner.getString("uuid"));

        // failures of an enveloped request are enveloped too
        String badPwd = Json.createObjectBuilder().add("acc", user.name()).add("pwd", "nope").add("device_id", "e1")
                .add("clidata", Api.android()).build().toString();
        assertFailed("pwd_not_matched", open(api.post("lwork/mobile/login", "application/json",
                Json.createObjectBuilder().add("data_enc", "1234567" + Base64.getEncoder()
                        .encodeToString(badPwd.getBytes(StandardCharsets.UTF_8))).build().toString())
                .json().getString("data_enc")));
        assertEquals(INVALID, open(api.post("lwork/mobile/login", "application/json",
                "{\"data_enc\":\"1234567%%%not-base64\"}").json().getString("data_enc")));
    }

    @Test
    void oversizedBodiesAreRefusedInDialect() {
        String big = "{\"acc\":\"" + "x".repeat((1 << 20) + 10) + "\"}";
        Reply reply = api.post("lwork/mobile/login", "application/json", big);
        assertEquals(200, reply.status());
        assertEquals(INVALID, reply.json());
        Reply heihei = api.post("api/user/anything", "application/json", big);
        assertEquals(700, heihei.json().getInt("errorcode"), heihei::body);
    }

    @Test
    void unknownPathsAndMethodsAnswerInEachFamilysDialect() {
        Reply lwork = api.post("lwork/mobile/no_such_thing", "application/json", "{}");
        assertEquals(404, lwork.status());
        assertFailed("not_found", lwork.json());
        Reply method = api.get("lwork/mobile/login", null);
        assertEquals(405, method.status());
        assertEquals(INVALID, method.json());
        assertNoStackTrace(method);

        Reply heihei = api.get("api/no/such", null);
        assertEquals(404, heihei.status());
        assertEquals(700, heihei.json().getInt("errorcode"));
        assertTrue(heihei.json().containsKey("errormsg"));

        Reply isv = api.get("httpIntf/noSuchMethod.do", null);
        assertEquals(404, isv.status());
        assertEquals("2", isv.json().getString("result"));
        assertTrue(isv.json().containsKey("describe"));

        Reply signaling = api.post("account/unknown", "application/json", "{}");
        assertEquals(404, signaling.status());
        assertEquals(2, signaling.json().getInt("errorCode"));
        assertEquals("ERROR_CODE_DATA_INVALID", signaling.json().getString("errorCodeName"));

        Reply channel = api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "channel/push_service")).GET().build());
        assertEquals(405, channel.status());
        assertEquals(INVALID, channel.json());
    }
}
