package com.switchboard.ops;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OpsTokenFilterTest {

    /** Runs the filter on a request for {@code path}; returns the response it aborted with, or null. */
    private static Response run(Optional<String> token, String path, String authorization) {
        OpsTokenFilter filter = new OpsTokenFilter();
        filter.token = token;
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (p, m, a) -> m.getName().equals("getPath") ? path : null);
        AtomicReference<Response> aborted = new AtomicReference<>();
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(), new Class<?>[]{ContainerRequestContext.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getUriInfo" -> uri;
                    case "getHeaderString" -> HttpHeaders.AUTHORIZATION.equals(a[0]) ? authorization : null;
                    case "abortWith" -> {
                        aborted.set((Response) a[0]);
                        yield null;
                    }
                    default -> null;
                });
        filter.filter(request);
        return aborted.get();
    }

    @Test
    void withoutAConfiguredTokenOpsDoesNotExist() {
        assertEquals(404, run(Optional.empty(), "ops/outbox", "Bearer anything").getStatus());
        assertEquals(404, run(Optional.of(" "), "ops/outbox", null).getStatus());
    }

    @Test
    void theBearerTokenMustMatch() {
        assertEquals(401, run(Optional.of("s3cret"), "ops/outbox", null).getStatus());
        assertEquals(401, run(Optional.of("s3cret"), "ops/outbox", "Bearer wrong").getStatus());
        assertEquals(401, run(Optional.of("s3cret"), "ops/outbox", "s3cret").getStatus());
        assertNull(run(Optional.of("s3cret"), "ops/outbox", "Bearer s3cret"));
    }

    @Test
    void otherFamiliesAreNotTouched() {
        assertNull(run(Optional.empty(), "lwork/mobile/login", null));
    }
}
