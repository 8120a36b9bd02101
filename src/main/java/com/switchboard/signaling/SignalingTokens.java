package com.switchboard.signaling;

import com.switchboard.platform.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** SIG-01 tokens with the configured secret, or the one generated at first start and kept in the database. */
@ApplicationScoped
public class SignalingTokens {
    /** The secret generated at first start when none is configured (V10 moved it from sig_secret). */
    static final String SECRET_NAME = "signaling.jwt";

    @Inject
    SignalingSettings settings;
    @Inject
    ServerSecrets secrets;

    private volatile TokenCodec codec;

    private TokenCodec codec() {
        TokenCodec c = codec;
        if (c == null) {
            synchronized (this) {
                if (codec == null) {
                    String secret = settings.jwtSecret.filter(s -> !s.isBlank())
                            .orElseGet(() -> secrets.secret(SECRET_NAME));
                    codec = new TokenCodec(secret, Duration.ofSeconds(settings.tokenTtlSeconds), Clock.systemUTC());
                }
                c = codec;
            }
        }
        return c;
    }

    public String issue(Device device, long registration, String ip) {
        return codec().issue(device, registration, ip);
    }

    public Optional<TokenCodec.Claims> verify(String token) {
        return codec().verify(token);
    }
}
