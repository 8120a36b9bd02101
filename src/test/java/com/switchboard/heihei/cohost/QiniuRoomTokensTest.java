package com.switchboard.heihei.cohost;

import com.qiniu.util.Auth;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The real implementation, also checked byte for byte against Qiniu's own Java SDK (test scope only). */
class QiniuRoomTokensTest extends RtcTokensContract {
    @Override
    protected RtcTokens tokens() {
        return new QiniuRoomTokens("app-it", accessKey(), secretKey());
    }

    @Override
    protected String accessKey() {
        return "it-access-key";
    }

    @Override
    protected String secretKey() {
        return "it-secret-key-0123456789";
    }

    @Test
    void qiniusSdkSignsTheSameAccessToTheSameToken() throws Exception {
        String ours = tokens().roomToken(new RtcTokens.Grant("hh-live-9", "hh-12", false, 1_900_000_000L));
        String access = new String(Base64.getUrlDecoder().decode(ours.split(":")[2]), StandardCharsets.UTF_8);
        assertEquals(Auth.create(accessKey(), secretKey()).signRoomToken(access), ours);
        assertEquals("app-it", access(ours).getString("appId"));
    }
}
