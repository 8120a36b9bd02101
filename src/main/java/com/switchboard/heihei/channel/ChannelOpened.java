package com.switchboard.heihei.channel;

import java.util.function.Consumer;

/**
 * A channel socket of the user has just opened (CDI event, on the socket's instance). Features whose rooms the user
 * is in subscribe it with {@link #subscribe}, so a reconnecting client is back in its live room or chat.
 */
public record ChannelOpened(long userId, Consumer<String> subscriber) {
    public void subscribe(String topic) {
        subscriber.accept(topic);
    }
}
