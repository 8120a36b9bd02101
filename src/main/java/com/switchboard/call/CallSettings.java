package com.switchboard.call;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** lwork calls' settings ({@code switchboard.call.*}, {@code switchboard.media.*}). */
@Dependent
public class CallSettings {
    @Inject
    @ConfigProperty(name = "switchboard.media.ip", defaultValue = "127.0.0.1")
    String mediaIp;
    @Inject
    @ConfigProperty(name = "switchboard.media.amr-payload-mode", defaultValue = "octet-aligned")
    String payloadMode;
    /** T_p2p of voip.md §2.1: how long the callee's app has to report p2p_ringing. */
    @Inject
    @ConfigProperty(name = "switchboard.call.p2p-seconds", defaultValue = "8")
    long p2pSeconds;
    /** T_ring of voip.md §2.1: how long the callee's app may ring. */
    @Inject
    @ConfigProperty(name = "switchboard.call.p2p-ring-seconds", defaultValue = "45")
    long p2pRingSeconds;
    /** The opdata MAC key; unset: generated at first start and kept in the server secrets. */
    @Inject
    @ConfigProperty(name = "switchboard.call.opdata-secret")
    Optional<String> opdataSecret;
}
