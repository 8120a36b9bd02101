package com.switchboard.push.provider;

import com.switchboard.platform.outbox.Outbox;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The offline default against the provider contract; what it records is what the ops outbox would show. */
class OutboxPushProviderTest extends PushProviderContract {
    private record Entry(String channel, String to, JsonObject payload) {
    }

    private final List<Entry> outbox = new ArrayList<>();
    private final OutboxPushProvider provider = new OutboxPushProvider("apns",
            (channel, to, payload) -> outbox.add(new Entry(channel, to, payload)));

    @Override
    protected PushProvider provider() {
        return provider;
    }

    @Override
    protected String deliverableToken() {
        return "a0".repeat(32);
    }

    @Override
    protected List<JsonObject> deliveredTo(String token) {
        return outbox.stream().filter(e -> e.to().equals(token)).map(e -> e.payload().getJsonObject("payload"))
                .toList();
    }

    @Test
    void theRecordSaysWhichProviderAndHowItWouldBeSent() {
        provider.send(new PushNotification(deliverableToken(), jakarta.json.Json.createObjectBuilder().build(), true,
                "call-1", java.time.Instant.ofEpochSecond(1_800_000_000L)));
        Entry e = outbox.get(0);
        assertEquals(Outbox.PUSH, e.channel());
        assertEquals("apns", e.payload().getString("provider"));
        assertEquals(true, e.payload().getBoolean("voip"));
        assertEquals("call-1", e.payload().getString("collapse_id"));
        assertEquals(1_800_000_000L, e.payload().getJsonNumber("expiration").longValue());
    }
}
