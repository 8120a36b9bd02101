package com.switchboard.signaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** SIG-01 tokens with the configured secret, or the one generated at first start and kept in the database. */
@ApplicationScoped
public class SignalingTokens {
    @Inject
    @ConfigProperty(name = "switchboard.signaling.jwt-secret")
    Optional<String> configuredSecret;
    @Inject
    @ConfigProperty(name = "switchboard.signaling.token-ttl-seconds", defaultValue = "604800")
    long ttlSeconds;
    @Inject
    SecretStore store;

    private volatile TokenCodec codec;

    private TokenCodec codec() {
        TokenCodec c = codec;
        if (c == null) {
            synchronized (this) {
                if (codec == null) {
                    String secret = configuredSecret.filter(s -> !s.isBlank()).orElseGet(this::storedSecret);
                    codec = new TokenCodec(secret, Duration.ofSeconds(ttlSeconds), Clock.systemUTC());
                }
                c = codec;
            }
        }
        return c;
    }

    private String storedSecret() {
        try {
            return store.storedOrNew();
        } catch (RuntimeException lostTheRace) {
            return store.stored(); // another instance inserted first
        }
    }

    public String issue(Device device, long registration, String ip) {
        return codec().issue(device, registration, ip);
    }

    public Optional<TokenCodec.Claims> verify(String token) {
        return codec().verify(token);
    }
}
