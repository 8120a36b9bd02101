package com.switchboard.heihei.user;

import com.switchboard.platform.reach.Recipient;
import com.switchboard.platform.wire.HeiheiFailure;
import com.switchboard.push.DevicePush;
import com.switchboard.push.PushRegistration;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;

/** HH-USER-18 and HH-INIT-01's device: the push registration of a heihei user (audience {@code heihei}). */
@Stateless
public class PushDevices {
    public static final String AUDIENCE = "heihei";

    @Inject
    DevicePush devicePush;
    @Inject
    UserAttributes attributes;

    public static Recipient recipient(long userId) {
        return Recipient.of(AUDIENCE, Long.toString(userId));
    }

    /** {@code apnsType} apns (iOS) or getui/gcm (Android, Getui client id); the newest registration wins. */
    public void register(long userId, String deviceId, String apnsType, String apnsToken, String deviceType) {
        String provider = switch (apnsType.strip().toLowerCase()) {
            case "apns" -> DevicePush.APNS;
            case "getui", "gcm" -> DevicePush.GETUI; // the seed: "use getui"
            default -> throw HeiheiFailure.badParam("apnsType must be apns, getui or gcm");
        };
        if (deviceType != null && !deviceType.equals("android") && !deviceType.equals("ios")) {
            throw HeiheiFailure.badParam("deveiceType must be android or ios");
        }
        devicePush.register(recipient(userId), deviceId, provider, apnsToken.strip(), null);
    }

    /** Where a push to the user goes (HH-PUSH-01): its registered device, unless it turned push off (HH-USER-08). */
    public Optional<PushRegistration> pushTarget(long userId) {
        if ("0".equals(attributes.get(userId, UserAttribute.PUSH_ENABLE))) {
            return Optional.empty();
        }
        return devicePush.registration(recipient(userId));
    }

    /** HH-USER-05: nothing more is pushed to the device the signed-out token registered, if it still is the user's. */
    public void signedOut(long userId, String deviceId) {
        devicePush.unregister(recipient(userId), deviceId);
    }
}
