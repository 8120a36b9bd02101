package com.switchboard.it.platform;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, OpenAPI and the ops outbox, as an operator sees them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {
    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void readinessChecksDatabaseAndMessaging() {
        Reply ready = api.get("health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        JsonObject body = ready.json();
        assertEquals("UP", body.getString("status"));
        assertEquals(3, body.getJsonArray("checks").size(), body::toString); // database, messaging, sweepers
        body.getJsonArray("checks").forEach(c -> assertEquals("UP", c.asJsonObject().getString("status")));
        Reply live = api.get("health/live", null);
        assertEquals(200, live.status());
        JsonObject data = live.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data");
        assertTrue(data.getInt("insecure-modes") >= 1, "the ITs run with lwork sessions optional: " + data);
        assertTrue(data.toString().contains("SWITCHBOARD_LWORK_REQUIRE_SESSION=false"), data::toString);
        Reply started = api.get("health/started", null);
        assertEquals(200, started.status(), started.body());
        assertEquals("UP", started.json().getJsonArray("checks").getJsonObject(0).getString("status"));
    }

    @Test
    void openApiDescribesTheSlice() {
        Reply doc = api.get("openapi", null);
        assertEquals(200, doc.status());
        for (String path : new String[]{"/lwork/mobile/login:", "/lwork/sms/auth_code:", "/lwork/mobile1/third_reg:",
                "/lwork/mobile1/query_status:", "/channel/push_service:", "/ops/outbox:", "/httpIntf/{method}.do:",
                "/ops/isv/apps:", "/ops/isv/webhooks:"}) {
            assertTrue(doc.body().contains(path), path + " missing from /openapi");
        }
        // A document with a repeated operationId fails validation (generated clients break on it).
        java.util.List<String> ids = doc.body().lines().map(String::trim).filter(l -> l.startsWith("operationId:"))
                .toList();
        assertTrue(ids.size() > 20, ids::toString);
        assertEquals(ids.size(), ids.stream().distinct().count(), () -> "repeated operationIds: " + ids);
        assertEquals(200, api.get("openapi/ui/", null).status());
        for (String path : new String[]{"/service.yaws:", "/lwork/dth/open:", "/ops/billing/audit:"}) {
            assertTrue(doc.body().contains(path), path + " missing from /openapi");
        }
    }

    /** Liberty validates the document it generates and logs CWWKO1650E with what is wrong; nothing may be. */
    @Test
    void theOpenApiDocumentValidates() throws Exception {
        assertEquals(200, api.get("openapi", null).status());
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"),
                "usr/servers/switchboard/logs/messages.log");
        String messages = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
        int at = messages.indexOf("CWWKO1650E");
        assertEquals(-1, at, () -> messages.substring(at, Math.min(messages.length(), at + 1500)));
    }

    @Test
    void outboxNeedsTheOpsTokenAndListsSmsOldestFirst() {
        String phone = Api.uniquePhone();
        Instant before = Instant.now().minusSeconds(5);
        assertOk(api.post("lwork/sms/auth_code", Json.createObjectBuilder().add("acc", phone)
                .add("device_id", "d").add("type", "register").build()));
        assertOk(api.requestCode(Json.createObjectBuilder().add("acc", phone)
                .add("device_id", "d").add("type", "register").build()));

        assertEquals(401, api.get("ops/outbox?channel=sms&to=" + phone, null).status());
        assertEquals(401, api.get("ops/outbox?channel=sms&to=" + phone, "Bearer wrong").status());
        Reply reply = api.get("ops/outbox?channel=sms&to=" + phone, "Bearer " + Api.OPS_TOKEN);
        assertEquals(200, reply.status());
        var items = reply.json().getJsonArray("items");
        assertEquals(2, items.size(), reply::body);
        JsonObject first = items.getJsonObject(0);
        assertEquals("sms", first.getString("channel"));
        assertEquals(phone, first.getString("to"));
        assertTrue(first.getJsonObject("payload").getString("code").matches("\\d{6}"));
        assertTrue(Instant.parse(first.getString("createdAt")).isAfter(before));
        assertTrue(Long.parseLong(first.getString("id")) < Long.parseLong(items.getJsonObject(1).getString("id")));
        assertEquals(0, api.get("ops/outbox?channel=push&to=" + phone, "Bearer " + Api.OPS_TOKEN)
                .json().getJsonArray("items").size());
    }
}
