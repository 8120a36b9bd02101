package com.switchboard.call;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpdataTest {
    private final Opdata opdata = new Opdata("secret-1");

    @Test
    void issuedOpdataOpensToItsSessionAlsoAsJsonText() {
        JsonObject issued = opdata.issue("sid-1");
        assertEquals(Optional.of("sid-1"), opdata.open(issued));
        assertEquals(Optional.of("sid-1"), opdata.open(Json.createValue(issued.toString())));
    }

    @Test
    void alteredForgedOrForeignOpdataOpensToNothing() {
        JsonObject issued = opdata.issue("sid-1");
        assertEquals(Optional.empty(), opdata.open(Json.createObjectBuilder(issued).add("session_id", "sid-2").build()));
        assertEquals(Optional.empty(), opdata.open(Json.createObjectBuilder(issued).add("mac", "x").build()));
        assertEquals(Optional.empty(), new Opdata("other-secret").open(issued));
        assertEquals(Optional.empty(), opdata.open(Json.createValue("not json")));
        assertEquals(Optional.empty(), opdata.open(Json.createValue(3)));
    }
}
