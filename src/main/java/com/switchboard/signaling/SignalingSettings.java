package com.switchboard.signaling;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Signaling's settings ({@code switchboard.signaling.*}, env {@code SWITCHBOARD_SIGNALING_*}). */
@ConfigProperties(prefix = "switchboard.signaling")
public class SignalingSettings {
    /** SIG-04: how long a callee rings before the call fails with {@code timeout}. */
    @ConfigProperty(name = "ring-seconds", defaultValue = "60")
    long ringSeconds;
    /** A party whose socket closed keeps its call this long. */
    @ConfigProperty(name = "reconnect-grace-seconds", defaultValue = "10")
    long graceSeconds;
    /** Only a phone's contacts may call it. */
    @ConfigProperty(name = "contacts-only", defaultValue = "false")
    boolean contactsOnly;
    /** SIG-01 token secret; unset: generated at first start and kept in the server secrets. */
    @ConfigProperty(name = "jwt-secret")
    Optional<String> jwtSecret;
    @ConfigProperty(name = "token-ttl-seconds", defaultValue = "604800")
    long tokenTtlSeconds;
}
