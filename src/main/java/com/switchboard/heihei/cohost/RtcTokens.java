package com.switchboard.heihei.cohost;

/**
 * The RTC room tokens co-hosts connect with (HH-CONF-02 {@code token.roomToken}). The seed's stream addresses are
 * Qiniu Pili's and {@code roomName}/{@code roomToken} are Qiniu RTC's terms, so {@link QiniuRoomTokens} signs Qiniu's
 * documented room token with the account's keys; the offline default signs the same shape with a key of this
 * service. Both pass {@code RtcTokensContract}.
 */
public interface RtcTokens {
    /** Who may enter which room until when; {@code admin} for the anchor (may remove others), else a plain user. */
    record Grant(String roomName, String userId, boolean admin, long expireAt) {
    }

    String roomToken(Grant grant);
}
