package com.switchboard.signaling;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenCodecTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Device DEVICE = new Device("13651884967", "tv888");

    private static TokenCodec at(Instant now, String secret) {
        return new TokenCodec(secret, Duration.ofDays(7), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenVerifiesUntilItExpires() {
        String token = at(NOW, "a-configured-secret-of-at-least-32-bytes").issue(DEVICE, 42, "10.0.0.1");
        assertEquals(new TokenCodec.Claims(DEVICE, 42),
                at(NOW.plus(Duration.ofDays(7)).minusSeconds(1), "a-configured-secret-of-at-least-32-bytes")
                        .verify(token).orElseThrow());
        assertTrue(at(NOW.plus(Duration.ofDays(7)), "a-configured-secret-of-at-least-32-bytes").verify(token).isEmpty());
    }

    @Test
    void theSeedsClaimsAreThere() {
        String token = at(NOW, "short").issue(DEVICE, 1, "");
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertEquals("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", header);
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"userName\":\"13651884967tv888\""), claims);
        assertTrue(claims.contains("\"ip\":\"\""), claims);
        assertTrue(claims.contains("\"exp\":" + NOW.plus(Duration.ofDays(7)).getEpochSecond()), claims);
    }

    @Test
    void anotherSecretATamperedTokenOrAlgNoneIsRejected() {
        TokenCodec codec = at(NOW, "secret-one");
        String token = codec.issue(DEVICE, 1, "");
        assertTrue(at(NOW, "secret-two").verify(token).isEmpty());
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("13651884967", "13800000000").getBytes(StandardCharsets.UTF_8));
        assertTrue(codec.verify(parts[0] + "." + forgedClaims + "." + parts[2]).isEmpty());
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(codec.verify(none + "." + parts[1] + ".").isEmpty());
        assertTrue(codec.verify("").isEmpty());
        assertTrue(codec.verify(null).isEmpty());
        assertTrue(codec.verify("a.b.c").isEmpty());
    }
}
