package com.switchboard.heihei.user;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The offline default: no provider to ask, so no token is proven and none signs in. */
@ApplicationScoped
public class OfflineThirdPartyIdentity implements ThirdPartyIdentity {
    @Override
    public Optional<String> verify(String source, String accountToken, String openId) {
        return Optional.empty();
    }
}
