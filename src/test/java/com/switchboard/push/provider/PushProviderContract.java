package com.switchboard.push.provider;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * What every {@link PushProvider} must do, whatever is behind it (as Apache James does for its queues): a subclass
 * builds the provider and says what the receiving end got.
 */
public abstract class PushProviderContract {
    protected abstract PushProvider provider();

    /** A token the receiving end accepts. */
    protected abstract String deliverableToken();

    /** The payloads the receiving end got for {@code token}, in order. */
    protected abstract List<JsonObject> deliveredTo(String token);

    private static JsonObject payload(int n) {
        return Json.createObjectBuilder().add("aps", Json.createObjectBuilder().add("alert", "event " + n)).build();
    }

    @Test
    void aNotificationReachesTheDeviceOnce() {
        PushResult result = provider().send(new PushNotification(deliverableToken(), payload(1), false, "c1",
                Instant.parse("2026-11-27T10:00:00Z")));
        assertInstanceOf(PushResult.Delivered.class, result);
        assertEquals(List.of(payload(1)), deliveredTo(deliverableToken()));
    }

    @Test
    void notificationsArriveInTheOrderSent() {
        for (int i = 1; i <= 3; i++) {
            assertInstanceOf(PushResult.Delivered.class,
                    provider().send(new PushNotification(deliverableToken(), payload(i), i == 2, null, null)));
        }
        assertEquals(List.of(payload(1), payload(2), payload(3)), deliveredTo(deliverableToken()));
    }

    @Test
    void aMalformedTokenIsInvalidAndNothingIsSent() {
        String malformed = "../../x y";
        assertInstanceOf(PushResult.InvalidToken.class,
                provider().send(new PushNotification(malformed, payload(1), false, null, null)));
        assertEquals(List.of(), deliveredTo(malformed));
    }
}
