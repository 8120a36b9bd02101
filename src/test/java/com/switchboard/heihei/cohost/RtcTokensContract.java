package com.switchboard.heihei.cohost;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What every {@link RtcTokens} must issue: Qiniu's room token shape {@code ak:sign:access}, the access naming the room,
 * the user, the expiry and the permission (admin for the anchor), signed HMAC-SHA1 with the implementation's key.
 */
public abstract class RtcTokensContract {
    protected abstract RtcTokens tokens();

    /** The access key and secret key the implementation signs with. */
    protected abstract String accessKey();

    protected abstract String secretKey();

    /** The roomAccess JSON inside a room token (and that it has the three parts). */
    public static JsonObject access(String token) {
        String[] parts = token.split(":");
        assertEquals(3, parts.length, token);
        try (var r = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[2]),
                StandardCharsets.UTF_8)))) {
            return r.readObject();
        }
    }

    @Test
    void aTokenNamesTheRoomTheUserTheExpiryAndThePermissionAndIsSigned() throws Exception {
        String token = tokens().roomToken(new RtcTokens.Grant("hh-live-42", "hh-7", true, 1_800_000_000L));
        String[] parts = token.split(":");
        assertEquals(accessKey(), parts[0]);
        JsonObject access = access(token);
        assertEquals("hh-live-42", access.getString("roomName"));
        assertEquals("hh-7", access.getString("userId"));
        assertEquals(1_800_000_000L, access.getJsonNumber("expireAt").longValue());
        assertEquals("admin", access.getString("permission"));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        assertEquals(Base64.getUrlEncoder().encodeToString(mac.doFinal(parts[2].getBytes(StandardCharsets.UTF_8))),
                parts[1]);
        String user = tokens().roomToken(new RtcTokens.Grant("hh-live-42", "hh-8", false, 1_800_000_000L));
        assertEquals("user", access(user).getString("permission"));
        assertNotEquals(parts[1], user.split(":")[1]);
    }

    @Test
    void namesOutsideQiniusAlphabetAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> tokens().roomToken(new RtcTokens.Grant("x", "hh-7", false, 1L)));
        assertThrows(IllegalArgumentException.class,
                () -> tokens().roomToken(new RtcTokens.Grant("hh-live-1", "a b", false, 1L)));
    }
}
