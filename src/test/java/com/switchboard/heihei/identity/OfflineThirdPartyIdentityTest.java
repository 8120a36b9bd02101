package com.switchboard.heihei.identity;

import com.switchboard.platform.secret.Secret;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline default proves nothing: the contract holds with no genuine token, for either provider. */
class OfflineThirdPartyIdentityTest extends ThirdPartyIdentityContract {
    @Override
    ThirdPartyIdentity identity() {
        return new OfflineThirdPartyIdentity();
    }

    @Override
    String source() {
        return ThirdPartyIdentity.WEIBO;
    }

    @Override
    Optional<Secret> genuineToken(String uid) {
        return Optional.empty();
    }

    @Test
    void wechatTokensAreRefusedToo() {
        assertTrue(identity().verify(ThirdPartyIdentity.WECHAT, Secret.of("t"), "o").isEmpty());
    }
}
