package com.switchboard.heihei.identity;

import com.switchboard.platform.secret.Secret;
import com.switchboard.testing.FakeWechat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real WeChat client against a local server speaking {@code /sns/auth}. */
class WechatSnsAuthClientTest extends ThirdPartyIdentityContract {
    private static FakeWechat wechat;

    @BeforeAll
    static void start() throws IOException {
        wechat = new FakeWechat(0);
    }

    @AfterAll
    static void stop() {
        wechat.close();
    }

    @Override
    ThirdPartyIdentity identity() {
        return new WechatSnsAuthClient(URI.create("http://127.0.0.1:" + wechat.port()));
    }

    @Override
    String source() {
        return ThirdPartyIdentity.WECHAT;
    }

    @Override
    Optional<Secret> genuineToken(String uid) {
        return Optional.of(Secret.of(wechat.tokenFor(uid)));
    }

    @Test
    void anotherUsersOpenidWithAGenuineTokenIsRefused() {
        Secret token = Secret.of(wechat.tokenFor("openid-a"));
        assertTrue(identity().verify(source(), token, "openid-b").isEmpty());
        assertTrue(identity().verify(source(), token, null).isEmpty());
        assertTrue(identity().verify(source(), token, "x".repeat(65)).isEmpty());
    }

    @Test
    void anUnreachableWechatRefuses() {
        var client = new WechatSnsAuthClient(URI.create("http://127.0.0.1:1"));
        assertTrue(client.verify(source(), Secret.of("t"), "o").isEmpty());
    }
}
