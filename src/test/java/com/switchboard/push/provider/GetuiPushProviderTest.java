package com.switchboard.push.provider;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Getui client against a local Getui v2 server that checks its sign and tokens. */
class GetuiPushProviderTest extends PushProviderContract {
    private static final String CID = "9f1c2b3a4d5e6f708192a3b4c5d6e7f8";
    private static FakeGetui getui;
    private GetuiPushProvider provider;

    @BeforeAll
    static void start() throws Exception {
        getui = new FakeGetui("app1", "key1", "master1");
    }

    @AfterAll
    static void stop() {
        getui.close();
    }

    @BeforeEach
    void fresh() {
        getui.received.clear();
        getui.knownCids.clear();
        getui.knownCids.add(CID);
        getui.authCalls.set(0);
        provider = provider("master1");
    }

    private static GetuiPushProvider provider(String masterSecret) {
        return new GetuiPushProvider(new GetuiPushProvider.Config(getui.base(), "app1", "key1", masterSecret),
                HttpClient.newHttpClient(), Clock.systemUTC());
    }

    @Override
    protected PushProvider provider() {
        return provider;
    }

    @Override
    protected String deliverableToken() {
        return CID;
    }

    @Override
    protected List<JsonObject> deliveredTo(String token) {
        return getui.received.stream().filter(r -> r.cid().equals(token)).map(FakeGetui.Received::transmission)
                .toList();
    }

    private static JsonObject content() {
        return Json.createObjectBuilder().add("event", "p2p_inform_called").add("caller", "13800138000").build();
    }

    @Test
    void oneAuthServesManyPushesAndTheTtlFollowsTheExpiry() {
        Instant expires = Instant.now().plusSeconds(60);
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(PushResult.Delivered.class,
                    provider.send(new PushNotification(CID, content(), false, null, expires)));
        }
        assertEquals(1, getui.authCalls.get());
        long ttl = getui.received.get(0).body().getJsonObject("settings").getJsonNumber("ttl").longValue();
        assertTrue(ttl > 55_000 && ttl <= 60_000, "ttl " + ttl);
    }

    @Test
    void anExpiredTokenIsRenewedAndTheSendRetried() {
        assertInstanceOf(PushResult.Delivered.class, provider.send(new PushNotification(CID, content(), false, null,
                null)));
        getui.expireTokens();
        PushResult refused = provider.send(new PushNotification(CID, content(), false, null, null));
        assertEquals(java.time.Duration.ZERO, assertInstanceOf(PushResult.Retry.class, refused).after());
        assertInstanceOf(PushResult.Delivered.class, provider.send(new PushNotification(CID, content(), false, null,
                null)));
        assertEquals(2, getui.authCalls.get());
    }

    @Test
    void anUnknownCidIsAnInvalidTokenAndBadCredentialsFail() {
        assertInstanceOf(PushResult.InvalidToken.class, provider.send(new PushNotification(
                "00000000000000000000000000000000", content(), false, null, null)));
        PushResult badKey = provider("wrong").send(new PushNotification(CID, content(), false, null, null));
        assertTrue(assertInstanceOf(PushResult.Failed.class, badKey).reason().contains("sign error"));
        assertEquals(List.of(), getui.received);
    }
}
