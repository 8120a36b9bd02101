package com.switchboard.heihei.cohost;

import com.switchboard.platform.binding.Jsons;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Qiniu RTC's room token as Qiniu documents it: {@code roomAccess} JSON ({@code appId, roomName, userId, expireAt,
 * permission}) URL-safe Base64 encoded, HMAC-SHA1 of that text with the secret key, URL-safe Base64 encoded, joined as
 * {@code <AccessKey>:<encodedSign>:<encodedRoomAccess>}. Room names are 3..64 and user ids 3..50 characters of
 * {@code [a-zA-Z0-9_-]}.
 */
public final class QiniuRoomTokens implements RtcTokens {
    static final Pattern ROOM_NAME = Pattern.compile("[a-zA-Z0-9_-]{3,64}");
    static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9_-]{3,50}");

    private final String appId;
    private final String accessKey;
    private final byte[] secretKey;

    public QiniuRoomTokens(String appId, String accessKey, String secretKey) {
        this.appId = appId;
        this.accessKey = accessKey;
        this.secretKey = secretKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String roomToken(Grant grant) {
        if (!ROOM_NAME.matcher(grant.roomName()).matches() || !USER_ID.matcher(grant.userId()).matches()) {
            throw new IllegalArgumentException("room name or user id outside Qiniu's alphabet");
        }
        String roomAccess = Jsons.createObjectBuilder().add("appId", appId).add("roomName", grant.roomName())
                .add("userId", grant.userId()).add("expireAt", grant.expireAt())
                .add("permission", grant.admin() ? "admin" : "user").build().toString();
        Base64.Encoder urlSafe = Base64.getUrlEncoder();
        String encodedAccess = urlSafe.encodeToString(roomAccess.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey, "HmacSHA1"));
            String encodedSign = urlSafe.encodeToString(mac.doFinal(encodedAccess.getBytes(StandardCharsets.UTF_8)));
            return accessKey + ":" + encodedSign + ":" + encodedAccess;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
