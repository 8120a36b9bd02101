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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Baidu Push client against a local server that checks Baidu's signature and speaks its answers. */
class BaiduPushProviderTest extends PushProviderContract {
    private static final String CHANNEL = "4575212036318429637";
    private static FakeBaidu baidu;
    private BaiduPushProvider provider;

    @BeforeAll
    static void start() throws Exception {
        baidu = new FakeBaidu("api-key-1", "secret-key-1");
    }

    @AfterAll
    static void stop() {
        baidu.close();
    }

    @BeforeEach
    void fresh() {
        baidu.received.clear();
        baidu.boundChannels.clear();
        baidu.boundChannels.add(CHANNEL);
        baidu.failNext.set(0);
        provider = provider("secret-key-1");
    }

    private static BaiduPushProvider provider(String secret) {
        return new BaiduPushProvider(new BaiduPushProvider.Config(baidu.endpoint(), "api-key-1", secret),
                HttpClient.newHttpClient(), Clock.systemUTC());
    }

    @Override
    protected PushProvider provider() {
        return provider;
    }

    @Override
    protected String deliverableToken() {
        return CHANNEL;
    }

    @Override
    protected List<JsonObject> deliveredTo(String token) {
        return baidu.received.stream().filter(r -> r.channelId().equals(token)).map(FakeBaidu.Received::msg).toList();
    }

    private static JsonObject customContent() {
        return Json.createObjectBuilder().add("event", "p2p_inform_called").add("caller", "13800138000")
                .add("opdata", Json.createObjectBuilder().add("session_id", "s-1").add("mac", "m*~ x")).build();
    }

    @Test
    void theCustomContentGoesAsAPassThroughMessageWithItsExpiry() {
        Instant expires = Instant.now().plusSeconds(60);
        PushResult result = provider.send(new PushNotification(CHANNEL, customContent(), false, "s-1", expires));
        assertTrue(assertInstanceOf(PushResult.Delivered.class, result).id().startsWith("m"));
        Map<String, String> form = baidu.received.get(0).form();
        assertEquals("0", form.get("msg_type"));
        assertEquals("3", form.get("device_type"));
        long msgExpires = Long.parseLong(form.get("msg_expires"));
        assertTrue(msgExpires >= 58 && msgExpires <= 60, "msg_expires " + msgExpires);
        assertEquals(customContent(), baidu.received.get(0).msg());
    }

    @Test
    void anUnboundChannelIsAnInvalidToken() {
        PushResult result = provider.send(new PushNotification("4575212036318429999", customContent(), false, null,
                null));
        assertTrue(assertInstanceOf(PushResult.InvalidToken.class, result).reason().startsWith("30608"));
    }

    @Test
    void baiduInternalErrorsAreRetriedAndAWrongSecretIsNot() {
        baidu.failNext.set(1);
        assertInstanceOf(PushResult.Retry.class,
                provider.send(new PushNotification(CHANNEL, customContent(), false, null, null)));
        assertInstanceOf(PushResult.Delivered.class,
                provider.send(new PushNotification(CHANNEL, customContent(), false, null, null)));
        PushResult forged = provider("wrong-secret").send(new PushNotification(CHANNEL, customContent(), false, null,
                null));
        assertTrue(assertInstanceOf(PushResult.Failed.class, forged).reason().startsWith("30603"));
        assertEquals(1, baidu.received.size());
    }

    @Test
    void anUnreachableServerIsRetried() {
        BaiduPushProvider nowhere = new BaiduPushProvider(new BaiduPushProvider.Config(
                java.net.URI.create("http://127.0.0.1:1/rest/3.0/"), "k", "s"), HttpClient.newHttpClient(),
                Clock.systemUTC());
        assertInstanceOf(PushResult.Retry.class,
                nowhere.send(new PushNotification(CHANNEL, customContent(), false, null, null)));
    }
}
