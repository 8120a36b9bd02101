package com.switchboard.call;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** lwork calls' settings ({@code switchboard.call.*}, {@code switchboard.media.*}). */
@ConfigProperties(prefix = "switchboard")
public class CallSettings {
    @ConfigProperty(name = "media.ip", defaultValue = "127.0.0.1")
    String mediaIp;
    @ConfigProperty(name = "media.amr-payload-mode", defaultValue = "octet-aligned")
    String payloadMode;
    /** T_p2p of voip.md §2.1: how long the callee's app has to report p2p_ringing. */
    @ConfigProperty(name = "call.p2p-seconds", defaultValue = "8")
    long p2pSeconds;
    /** T_ring of voip.md §2.1: how long the callee's app may ring. */
    @ConfigProperty(name = "call.p2p-ring-seconds", defaultValue = "45")
    long p2pRingSeconds;
    /** The opdata MAC key; unset: generated at first start and kept in the server secrets. */
    @ConfigProperty(name = "call.opdata-secret")
    Optional<String> opdataSecret;
}
