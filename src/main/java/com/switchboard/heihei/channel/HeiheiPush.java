package com.switchboard.heihei.channel;

import com.switchboard.heihei.user.PushDevices;
import com.switchboard.push.DeviceMessage;
import com.switchboard.push.DevicePush;
import com.switchboard.push.Reach;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.time.Duration;

/**
 * The one way heihei features reach a user (HH-ENV-01 with HH-PUSH-01): the client message to every channel socket
 * the user has open, on any instance; when none is open and the message names a {@code getuiAction}, the §14 push to
 * the device registered with HH-USER-18 or init, unless the user turned push off. Called inside the caller's
 * transaction: the push goes out only if it commits.
 */
@Stateless
public class HeiheiPush {
    static final Duration DEFAULT_TTL = Duration.ofHours(1);
    static final long MAX_TTL_SECONDS = 86_400;

    @Inject
    HeiheiChannel channel;
    @Inject
    Reach reach;
    @Inject
    PushDevices devices;

    /** @return whether a channel socket took the message (false: pushed, if it could be) */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean toUser(long userId, JsonObject msg) {
        if (!PushPayload.wanted(msg)) {
            channel.toSingle(userId, msg); // nothing to fall back on: no presence lookup on the hot path
            return true;
        }
        DeviceMessage push = devices.pushTarget(userId).map(target -> {
            boolean ios = DevicePush.APNS.equals(target.provider());
            JsonObject payload = PushPayload.of(msg, ios ? PushPayload.IOS : PushPayload.ANDROID, target.token());
            return new DeviceMessage(ios ? null : payload, ios ? PushPayload.apns(payload) : null, ttl(msg),
                    null);
        }).orElse(null);
        return reach.deliver(PushDevices.recipient(userId), msg, push, null, Reach.Push.IF_OFFLINE);
    }

    /** A message that says how long it is shown ({@code expireTime}, s) is not pushed after that. */
    static Duration ttl(JsonObject msg) {
        if (msg.get("expireTime") instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return Duration.ofSeconds(Math.min(n.longValue(), MAX_TTL_SECONDS));
        }
        return DEFAULT_TTL;
    }
}
