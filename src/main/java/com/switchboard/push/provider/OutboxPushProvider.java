package com.switchboard.push.provider;

import com.switchboard.platform.outbox.Outbox;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The offline default for every push provider: records what it would send into the ops outbox (channel
 * {@code push}, target = the device token), so tests and operators can see it at {@code GET /ops/outbox}.
 */
public final class OutboxPushProvider implements PushProvider {
    /** Where the records go: {@link Outbox#record} in the server, a list in unit tests. */
    @FunctionalInterface
    public interface Recorder {
        void record(String channel, String to, JsonObject payload);
    }

    private final String provider;
    private final Recorder recorder;

    /** @param provider which real provider this stands in for ({@code apns}, {@code baidu}, {@code getui}) */
    public OutboxPushProvider(String provider, Recorder recorder) {
        this.provider = provider;
        this.recorder = recorder;
    }

    @Override
    public PushResult send(PushNotification n) {
        // Tokens of every provider are short opaque ASCII; anything else could never be delivered.
        if (n.token() == null || !n.token().matches("[A-Za-z0-9_:.\\-]{8,256}")) {
            return new PushResult.InvalidToken("malformed token");
        }
        JsonObjectBuilder record = Jsons.createObjectBuilder().add("provider", provider).add("voip", n.voip())
                .add("payload", n.payload());
        if (n.collapseId() != null) {
            record.add("collapse_id", n.collapseId());
        }
        if (n.expiration() != null) {
            record.add("expiration", n.expiration().getEpochSecond());
        }
        recorder.record(Outbox.PUSH, n.token(), record.build());
        return new PushResult.Delivered("outbox");
    }
}
