package com.switchboard.platform.wire;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** How one API family words its failures on the wire. */
public interface Dialect {

    /** The reply body for a generic failure. */
    JsonObject body(ErrorKind kind, String message);

    /** The reply body for a family-specific failure code. */
    JsonObject body(String code, String message);

    /** The HTTP status for a generic failure; business failures are always 200. */
    int status(ErrorKind kind);

    default Response render(ApiFailure failure) {
        if (failure.kind() == null) {
            return json(200, body(failure.code(), failure.getMessage()));
        }
        return json(status(failure.kind()), body(failure.kind(), failure.getMessage()));
    }

    static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    /** The failure a reply body of this dialect reports (for the request log), or empty for a success. */
    java.util.Optional<String> failure(JsonObject body);
}
