package com.switchboard.platform.binding;

import com.switchboard.platform.wire.ApiFailure;
import com.switchboard.platform.wire.ErrorKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestBodiesTest {

    @Test
    void bodyWinsOverQueryString() {
        JsonObject query = Json.createObjectBuilder().add("acc", "from-query").add("name", "n").build();
        JsonObject body = Json.createObjectBuilder().add("acc", "from-body").build();
        assertEquals(Json.createObjectBuilder().add("acc", "from-body").add("name", "n").build(),
                RequestBodies.merge(query, body));
    }

    @Test
    void formBodiesAreDecoded() {
        assertEquals(Json.createObjectBuilder().add("acc", "a b").add("clidata", "{\"os_type\":\"android\"}")
                        .add("empty", "").build(),
                RequestBodies.parseForm("acc=a+b&clidata=%7B%22os_type%22%3A%22android%22%7D&empty"));
        assertEquals(ErrorKind.INVALID_PARAMS,
                assertThrows(ApiFailure.class, () -> RequestBodies.parseForm("a=%zz")).kind());
    }

    @Test
    void onlyJsonObjectsAreBodies() {
        assertEquals(ErrorKind.INVALID_PARAMS,
                assertThrows(ApiFailure.class, () -> RequestBodies.parseJsonObject("[1]")).kind());
        assertEquals(ErrorKind.INVALID_PARAMS,
                assertThrows(ApiFailure.class, () -> RequestBodies.parseJsonObject("{\"a\":")).kind());
    }

    @Test
    void bodiesOverOneMebibyteAreRefused() {
        byte[] exactly = new byte[RequestBodies.MAX_BODY_BYTES];
        assertEquals(exactly.length, RequestBodies.readLimited(new ByteArrayInputStream(exactly), -1).length);
        byte[] over = new byte[RequestBodies.MAX_BODY_BYTES + 1];
        assertEquals(ErrorKind.TOO_LARGE, assertThrows(ApiFailure.class,
                () -> RequestBodies.readLimited(new ByteArrayInputStream(over), -1)).kind());
        assertEquals(ErrorKind.TOO_LARGE, assertThrows(ApiFailure.class,
                () -> RequestBodies.readLimited(new ByteArrayInputStream(new byte[0]), over.length)).kind());
    }
}
