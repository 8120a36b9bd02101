package com.switchboard.signaling;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Signaling's settings ({@code switchboard.signaling.*}, env {@code SWITCHBOARD_SIGNALING_*}). */
@Dependent
public class SignalingSettings {
    /** SIG-04: how long a callee rings before the call fails with {@code timeout}. */
    @Inject
    @ConfigProperty(name = "switchboard.signaling.ring-seconds", defaultValue = "60")
    long ringSeconds;
    /** A party whose socket closed keeps its call this long. */
    @Inject
    @ConfigProperty(name = "switchboard.signaling.reconnect-grace-seconds", defaultValue = "10")
    long graceSeconds;
    /** Only a phone's contacts may call it. */
    @Inject
    @ConfigProperty(name = "switchboard.signaling.contacts-only", defaultValue = "false")
    boolean contactsOnly;
    /** SIG-01 token secret; unset: generated at first start and kept in the server secrets. */
    @Inject
    @ConfigProperty(name = "switchboard.signaling.jwt-secret")
    Optional<String> jwtSecret;
    @Inject
    @ConfigProperty(name = "switchboard.signaling.token-ttl-seconds", defaultValue = "604800")
    long tokenTtlSeconds;
}
