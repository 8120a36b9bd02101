package com.switchboard.platform.limit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How failed sign-in attempts are slowed down and locked ({@code switchboard.auth.*}); 0 turns a rule off. */
@Dependent
public class LimitSettings {
    /** Failures of one key after which each further attempt waits 1 s, 2 s, 4 s, … (capped at the lock time). */
    @Inject
    @ConfigProperty(name = "switchboard.auth.delay-after-failures", defaultValue = "5")
    int delayAfter;
    /** Failures of one key after which it is locked. */
    @Inject
    @ConfigProperty(name = "switchboard.auth.lock-after-failures", defaultValue = "20")
    int lockAfter;
    @Inject
    @ConfigProperty(name = "switchboard.auth.lock-seconds", defaultValue = "900")
    long lockSeconds;

    /** The same for one client address, which many users may share behind a NAT. */
    @Inject
    @ConfigProperty(name = "switchboard.auth.address-delay-after-failures", defaultValue = "20")
    int addressDelayAfter;
    @Inject
    @ConfigProperty(name = "switchboard.auth.address-lock-after-failures", defaultValue = "100")
    int addressLockAfter;
    /** Client addresses no per-address limit applies to (an operator's own gateway), comma-separated. */
    @Inject
    @ConfigProperty(name = "switchboard.limits.exempt-addresses")
    java.util.Optional<String> exemptAddresses;

    boolean exempt(String address) {
        for (String a : exemptAddresses.orElse("").split(",")) {
            if (!a.isBlank() && a.trim().equals(address)) {
                return true;
            }
        }
        return false;
    }

    Duration lock() {
        return Duration.ofSeconds(lockSeconds);
    }
}
