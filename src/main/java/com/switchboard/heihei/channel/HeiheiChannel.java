package com.switchboard.heihei.channel;

import com.switchboard.heihei.user.PushDevices;
import com.switchboard.platform.reach.LiveChannel;
import com.switchboard.platform.reach.Recipient;
import com.switchboard.platform.realtime.FanOut;
import com.switchboard.platform.realtime.Owner;
import com.switchboard.platform.realtime.Presence;
import com.switchboard.platform.realtime.RealtimeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Duration;

/**
 * The heihei realtime channel (HH-WS-01) as the {@code heihei} audience's live connection: a user's frames go to
 * every socket the user has open, on whichever instance (one bus message per frame, not per socket).
 */
@ApplicationScoped
public class HeiheiChannel implements LiveChannel {
    public static final String CHANNEL = "heihei";

    @Inject
    RealtimeRegistry registry;
    @Inject
    Presence presence;

    public static Owner owner(long userId) {
        return new Owner(CHANNEL, Long.toString(userId));
    }

    @Override
    public String audience() {
        return PushDevices.AUDIENCE;
    }

    /** heihei keeps nothing for later: a user with no open socket gets the push instead ({@code ttl} unused). */
    @Override
    public boolean deliver(Recipient to, JsonObject event, Duration ttl) {
        long userId = Long.parseLong(to.key());
        if (!online(userId)) {
            return false;
        }
        toSingle(userId, event);
        return true;
    }

    public boolean online(long userId) {
        return presence.online(owner(userId));
    }

    /** HH-ENV-01 {@code tosingle}: the client message to every socket of the user. */
    public void toSingle(long userId, JsonObject msg) {
        registry.toOwner(owner(userId), msg.toString(), FanOut.EVERY_INSTANCE);
    }

    /** HH-ENV-02/03 {@code toChat}/{@code toLive}: the client message to every socket subscribed to the topic. */
    public void toTopic(String topic, JsonObject msg) {
        registry.toTopic(topic, msg.toString(), null, FanOut.EVERY_INSTANCE);
    }

    /**
     * The user's sockets, on every instance, now get the topic's frames (HH-LIVE-12 join, HH-CHAT-03 join-chat).
     * Sockets the user opens later are subscribed by the room's {@link ChannelOpened} observer.
     */
    public void join(long userId, String topic) {
        registry.subscribeOwner(owner(userId), topic);
    }

    /** HH-LIVE-13 quit, HH-LIVE-24 kick, HH-CHAT-05 end: the user's sockets stop getting the topic's frames. */
    public void leave(long userId, String topic) {
        registry.unsubscribeOwner(owner(userId), topic);
    }

    /** HH-LIVE-07 stop: nobody gets the topic's frames any more; the sockets stay open. */
    public void end(String topic) {
        registry.dropTopic(topic);
    }

    public static String liveTopic(long liveId) {
        return "hh-live:" + liveId;
    }

    public static String chatTopic(long chatId) {
        return "hh-chat:" + chatId;
    }
}
