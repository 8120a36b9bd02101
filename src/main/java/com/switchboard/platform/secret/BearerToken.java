package com.switchboard.platform.secret;

import com.switchboard.platform.wire.Dialect;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** {@code Authorization: Bearer <token>} against a configured token, compared in constant time. */
public final class BearerToken {
    private BearerToken() {
    }

    /** @param authorization the header value, may be null; {@code expected} must be set and non-blank */
    public static boolean matches(String authorization, String expected) {
        String presented = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).trim() : "";
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The gate of an endpoint guarded by a configured token: with no token configured the endpoint does not exist
     * (404 {@code not_found}), a missing or wrong token is 401 {@code unauthorized}; empty when the request may pass.
     * Bodies are in the endpoint's own dialect.
     */
    public static Optional<Response> refusal(String authorization, Optional<String> configured, Dialect dialect) {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return Optional.of(Dialect.json(404, dialect.body("not_found", null)));
        }
        if (!matches(authorization, configured.get())) {
            return Optional.of(Response.fromResponse(Dialect.json(401, dialect.body("unauthorized", null)))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
        return Optional.empty();
    }
}
