package com.switchboard.platform.secret;

import com.switchboard.platform.wire.LworkDialect;
import com.switchboard.platform.wire.PlainDialect;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BearerTokenTest {
    @Test
    void anUnsetTokenHidesTheEndpointAndAWrongOneIsRefusedInTheEndpointsDialect() {
        Response hidden = BearerToken.refusal("Bearer x", Optional.empty(), LworkDialect.INSTANCE).orElseThrow();
        assertEquals(404, hidden.getStatus());
        assertEquals(LworkDialect.failed("not_found"), hidden.getEntity());
        Response wrong = BearerToken.refusal("Bearer x", Optional.of("s3cret"), LworkDialect.INSTANCE).orElseThrow();
        assertEquals(401, wrong.getStatus());
        assertEquals(LworkDialect.failed("unauthorized"), wrong.getEntity());
        assertEquals("Bearer", wrong.getHeaderString("WWW-Authenticate"));
        assertEquals(PlainDialect.error("unauthorized"),
                BearerToken.refusal(null, Optional.of("s3cret"), PlainDialect.INSTANCE).orElseThrow().getEntity());
        assertTrue(BearerToken.refusal("Bearer s3cret", Optional.of("s3cret"), LworkDialect.INSTANCE).isEmpty());
    }
}
