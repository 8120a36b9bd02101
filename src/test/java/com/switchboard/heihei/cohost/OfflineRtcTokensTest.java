package com.switchboard.heihei.cohost;

/** The offline default: the same shape, signed with a key of this service under the access key "offline". */
class OfflineRtcTokensTest extends RtcTokensContract {
    @Override
    protected RtcTokens tokens() {
        return new QiniuRoomTokens("offline", RtcTokenProviders.OFFLINE_ACCESS_KEY, secretKey());
    }

    @Override
    protected String accessKey() {
        return RtcTokenProviders.OFFLINE_ACCESS_KEY;
    }

    @Override
    protected String secretKey() {
        return "a-server-secret";
    }
}
