package com.switchboard.heihei.identity;

import com.switchboard.platform.secret.Secret;

import java.util.Optional;

/** The offline default: no provider to ask, so no token is proven and none signs in. */
public final class OfflineThirdPartyIdentity implements ThirdPartyIdentity {
    @Override
    public Optional<String> verify(String source, Secret accountToken, String openId) {
        return Optional.empty();
    }
}
