package com.switchboard.push.provider;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The APNs client against a local APNs that speaks HTTP/2 over TLS and checks provider tokens with real keys. */
class ApnsProviderTest extends PushProviderContract {
    private static final String TOKEN = "a0".repeat(32);
    private static FakeApns apns;
    private static KeyPair teamKey;
    private static HttpClient http;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-27T10:00:00Z"));
    private ApnsProvider provider;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        teamKey = generator.generateKeyPair();
        Path keyStore = FakeApns.selfSignedKeyStore(dir, "changeit");
        apns = new FakeApns(keyStore, "changeit", (ECPublicKey) teamKey.getPublic(), "KEY1234567", "TEAM123456");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(FakeApns.trustOnly(keyStore, "changeit"));
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        http = ApnsProvider.clientBuilder().sslContext(tls).build();
    }

    @AfterAll
    static void stop() throws Exception {
        apns.close();
    }

    @BeforeEach
    void freshProvider() {
        apns.received.clear();
        apns.answering(token -> new FakeApns.Answer(200, null));
        provider = provider((ECPrivateKey) teamKey.getPrivate());
    }

    private ApnsProvider provider(ECPrivateKey key) {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        return new ApnsProvider(new ApnsProvider.Config(apns.endpoint(), "TEAM123456", "KEY1234567", key,
                "com.example.lwork"), http, clock);
    }

    private static JsonObject payload() {
        return Json.createObjectBuilder().add("aps", Json.createObjectBuilder().add("alert", "incoming call")).build();
    }

    @Test
    void anAlertIsPostedOverHttp2WithTheProviderApisHeaders() {
        Instant expires = Instant.parse("2026-11-27T10:01:00Z");
        PushResult result = provider.send(new PushNotification(TOKEN, payload(), false, "call-42", expires));
        PushResult.Delivered delivered = assertInstanceOf(PushResult.Delivered.class, result);
        assertTrue(delivered.id().length() > 0, "apns-id returned");
        FakeApns.Received r = apns.received.get(0);
        assertEquals("HTTP/2.0", r.protocol());
        assertEquals("/3/device/" + TOKEN, r.path());
        assertEquals("com.example.lwork", r.headers().get("apns-topic"));
        assertEquals("alert", r.headers().get("apns-push-type"));
        assertEquals("10", r.headers().get("apns-priority"));
        assertEquals(String.valueOf(expires.getEpochSecond()), r.headers().get("apns-expiration"));
        assertEquals("call-42", r.headers().get("apns-collapse-id"));
        assertEquals(payload().toString(), r.body());
    }

    @Test
    void aVoipPushUsesTheVoipTopicAndAnExpirationOfZeroMeansNow() {
        assertInstanceOf(PushResult.Delivered.class, provider.send(new PushNotification(TOKEN, payload(), true,
                null, null)));
        FakeApns.Received r = apns.received.get(0);
        assertEquals("com.example.lwork.voip", r.headers().get("apns-topic"));
        assertEquals("voip", r.headers().get("apns-push-type"));
        assertEquals("0", r.headers().get("apns-expiration"));
        assertTrue(!r.headers().containsKey("apns-collapse-id"));
    }

    @Test
    void theProviderTokenIsReusedThenRenewedBeforeItsHourEnds() {
        provider.send(new PushNotification(TOKEN, payload(), false, null, null));
        now.set(now.get().plus(Duration.ofMinutes(30)));
        provider.send(new PushNotification(TOKEN, payload(), false, null, null));
        now.set(now.get().plus(Duration.ofMinutes(25)));
        provider.send(new PushNotification(TOKEN, payload(), false, null, null));
        String first = apns.received.get(0).headers().get("authorization");
        assertEquals(first, apns.received.get(1).headers().get("authorization"));
        assertNotEquals(first, apns.received.get(2).headers().get("authorization"));
    }

    @Test
    void answersAreClassifiedAsApnsMeansThem() {
        apns.answering(token -> switch (token.substring(0, 2)) {
            case "d0" -> new FakeApns.Answer(410, "Unregistered");
            case "b0" -> new FakeApns.Answer(400, "BadDeviceToken");
            case "50" -> new FakeApns.Answer(503, "ServiceUnavailable");
            case "29" -> new FakeApns.Answer(429, "TooManyRequests");
            case "13" -> new FakeApns.Answer(413, "PayloadTooLarge");
            default -> new FakeApns.Answer(200, null);
        });
        assertEquals(new PushResult.InvalidToken("Unregistered"), send("d0"));
        assertEquals(new PushResult.InvalidToken("BadDeviceToken"), send("b0"));
        assertInstanceOf(PushResult.Retry.class, send("50"));
        assertInstanceOf(PushResult.Retry.class, send("29"));
        assertEquals(new PushResult.Failed("413 PayloadTooLarge"), send("13"));
        assertEquals(new PushResult.InvalidToken("BadDeviceToken"),
                provider.send(new PushNotification("not hex/../x", payload(), false, null, null)));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ApnsProvider forged = provider((ECPrivateKey) generator.generateKeyPair().getPrivate());
        assertEquals(new PushResult.Failed("403 InvalidProviderToken"),
                forged.send(new PushNotification(TOKEN, payload(), false, null, null)));
    }

    @Test
    void anUnreachableApnsIsATransientFailure() {
        ApnsProvider nowhere = new ApnsProvider(new ApnsProvider.Config(java.net.URI.create("https://127.0.0.1:1"),
                "TEAM123456", "KEY1234567", (ECPrivateKey) teamKey.getPrivate(), "com.example.lwork"), http,
                Clock.systemUTC());
        assertInstanceOf(PushResult.Retry.class, nowhere.send(new PushNotification(TOKEN, payload(), false, null,
                null)));
    }

    @Override
    protected PushProvider provider() {
        return provider;
    }

    @Override
    protected String deliverableToken() {
        return TOKEN;
    }

    @Override
    protected java.util.List<JsonObject> deliveredTo(String token) {
        return apns.received.stream().filter(r -> r.path().equals("/3/device/" + token))
                .map(r -> Json.createReader(new java.io.StringReader(r.body())).readObject()).toList();
    }

    private PushResult send(String prefix) {
        return provider.send(new PushNotification(prefix + "0".repeat(62), payload(), false, null, null));
    }
}
