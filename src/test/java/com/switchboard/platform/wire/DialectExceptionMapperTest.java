package com.switchboard.platform.wire;

import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DialectExceptionMapperTest {

    private static Response map(String path, Throwable t) {
        DialectExceptionMapper mapper = new DialectExceptionMapper();
        mapper.uriInfo = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
                new Class<?>[]{UriInfo.class}, (p, m, a) -> m.getName().equals("getPath") ? path : null);
        Logger logger = Logger.getLogger(DialectExceptionMapper.class.getName());
        Level level = logger.getLevel();
        logger.setLevel(Level.OFF); // the unexpected failures below are expected here
        try {
            return mapper.toResponse(t);
        } finally {
            logger.setLevel(level);
        }
    }

    @Test
    void unexpectedFailuresBecomeServerErrorsInTheFamilysDialect() {
        Response lwork = map("lwork/mobile/login", new IllegalStateException("boom"));
        assertEquals(200, lwork.getStatus());
        assertEquals(Json.createObjectBuilder().add("status", "failed").add("reason", "server_error").build(),
                lwork.getEntity());
        Response heihei = map("api/live/start", new NullPointerException());
        assertEquals(500, heihei.getStatus());
        assertEquals(400, ((JsonObject) heihei.getEntity()).getInt("errorcode"));
        assertEquals("9", ((JsonObject) map("httpIntf/createConf.do", new RuntimeException()).getEntity())
                .getString("result"));
        assertEquals(1, ((JsonObject) map("account/login", new RuntimeException()).getEntity()).getInt("errorCode"));
    }

    @Test
    void applicationFailuresWrappedByTheEjbContainerKeepTheirReason() {
        Response r = map("lwork/mobile/login", new EJBException(new ApiFailure(null, "pwd_not_matched", "x") {
        }));
        assertEquals(Json.createObjectBuilder().add("status", "failed").add("reason", "pwd_not_matched").build(),
                r.getEntity());
    }

    @Test
    void unknownPathsAndMethods() {
        assertEquals(404, map("lwork/nothing", new NotFoundException()).getStatus());
        assertEquals(405, map("lwork/mobile/login", new NotAllowedException("POST")).getStatus());
        Response outside = map("nowhere", new NotFoundException());
        assertEquals(404, outside.getStatus());
        assertEquals(Json.createObjectBuilder().add("error", "not_found").build(), outside.getEntity());
    }
}
