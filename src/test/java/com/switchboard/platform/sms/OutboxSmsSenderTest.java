package com.switchboard.platform.sms;

import com.switchboard.platform.outbox.Outbox;
import com.switchboard.platform.outbox.OutboxEntry;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The offline default records what it would send; the outbox here keeps its entries in memory. */
class OutboxSmsSenderTest extends SmsSenderContract {
    private final List<OutboxEntry> recorded = new ArrayList<>();
    private final OutboxSmsSender sender = new OutboxSmsSender();

    OutboxSmsSenderTest() {
        sender.outbox = new Outbox() {
            @Override
            public void record(String channel, String to, JsonObject payload) {
                recorded.add(new OutboxEntry(channel, to, payload.toString(), Instant.now()));
            }
        };
    }

    @Override
    protected SmsSender sender() {
        return sender;
    }

    @Override
    protected List<Received> receivedBy(String to) {
        return recorded.stream().filter(e -> e.channel().equals(Outbox.SMS) && e.target().equals(to)).map(e -> {
            try (var reader = Json.createReader(new StringReader(e.payload()))) {
                JsonObject p = reader.readObject();
                return new Received(to, p.getString("code"), p.getString("type"), p.getString("text"));
            }
        }).toList();
    }
}
