package com.switchboard.conference.isv;

import com.switchboard.platform.schedule.RetrySchedule;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** Conference and callback settings ({@code switchboard.isv.*}; env {@code SWITCHBOARD_ISV_*}). */
@Dependent
public class IsvSettings implements com.switchboard.platform.config.InsecureMode {
    /** CONF signatures' timestamp window (seconds either side). */
    @Inject
    @ConfigProperty(name = "switchboard.isv.timestamp-window-seconds", defaultValue = "300")
    long timestampWindowSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.isv.time-zone")
    Optional<String> timeZone;
    @Inject
    @ConfigProperty(name = "switchboard.isv.prompt-millis", defaultValue = "1500")
    long promptMillis;
    @Inject
    @ConfigProperty(name = "switchboard.isv.max-participants", defaultValue = "10")
    int maxParticipants;
    @Inject
    @ConfigProperty(name = "switchboard.isv.charge-unit-seconds", defaultValue = "60")
    long chargeUnitSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.isv.require-session-signature", defaultValue = "false")
    boolean requireSessionSignature;
    @Inject
    @ConfigProperty(name = "switchboard.isv.webhook.time-factor", defaultValue = "1")
    long webhookTimeFactor;
    @Inject
    @ConfigProperty(name = "switchboard.isv.webhook.give-up-seconds")
    Optional<Long> webhookGiveUpSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.isv.webhook.connect-timeout-seconds", defaultValue = "5")
    long connectTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.isv.webhook.read-timeout-seconds", defaultValue = "10")
    long readTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.isv.webhook.recovery-grace-seconds", defaultValue = "30")
    long recoveryGraceSeconds;

    public java.time.Duration timestampWindow() {
        return java.time.Duration.ofSeconds(timestampWindowSeconds);
    }

    /** The zone {@code yyyyMMddHHmmss} timestamps are read and written in: configured, else the JVM's. */
    public java.time.ZoneId zone() {
        return timeZone.filter(z -> !z.isBlank()).map(java.time.ZoneId::of).orElse(java.time.ZoneId.systemDefault());
    }

    /** The simulated conference prompt tone the caller hears before participants are dialled (≤ 2 s). */
    public Duration prompt() {
        return Duration.ofMillis(Math.max(0, Math.min(promptMillis, 2000)));
    }

    /** Most legs one conference may have at once, the caller included (CONF-04 Proposed). */
    public int maxParticipants() {
        return maxParticipants;
    }

    /** One charging unit of connected time: a minute, shorter in tests. */
    public Duration chargeUnit() {
        return Duration.ofSeconds(Math.max(1, chargeUnitSeconds));
    }

    @Override
    public java.util.List<String> inEffect() {
        return requireSessionSignature ? java.util.List.of() : java.util.List.of("SWITCHBOARD_ISV_REQUIRE_SESSION_"
                + "SIGNATURE=false: ISV session calls without account_identify, timestamp and sign are served to whoever "
                + "holds the sessionid");
    }

    public boolean requireSessionSignature() {
        return requireSessionSignature;
    }

    /** conference.md §3's schedule, compressed by the configured factor, with an optional give-up override. */
    public RetrySchedule webhookSchedule() {
        // conference.md §3: after the first attempt fails, retry after 1, 5, 15 and 60 minutes, then hourly, until 24 h
        // after the event.
        RetrySchedule s = RetrySchedule.steps(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofMinutes(60)).giveUpAfter(Duration.ofHours(24)).compressed(Math.max(1, webhookTimeFactor));
        return webhookGiveUpSeconds.filter(v -> v > 0).map(v -> s.giveUpAfter(Duration.ofSeconds(v))).orElse(s);
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(connectTimeoutSeconds);
    }

    public Duration readTimeout() {
        return Duration.ofSeconds(readTimeoutSeconds);
    }

    /** How late a callback's next attempt may be before the sweeper assumes its message was lost. */
    public Duration recoveryGrace() {
        return Duration.ofSeconds(recoveryGraceSeconds);
    }
}
