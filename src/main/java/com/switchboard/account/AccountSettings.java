package com.switchboard.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** lwork accounts' settings ({@code switchboard.lwork.*}, {@code switchboard.sms.*}). */
@Dependent
public class AccountSettings {
    /** VOIP-07's module URLs, as JSON. */
    @Inject
    @ConfigProperty(name = "switchboard.lwork.urls", defaultValue = "{}")
    String urls;
    @Inject
    @ConfigProperty(name = "switchboard.lwork.default-group", defaultValue = "dth_common")
    String defaultGroup;
    /** How soon a code may be sent again to the same target. */
    @Inject
    @ConfigProperty(name = "switchboard.sms.resend-seconds", defaultValue = "60")
    long resendSeconds;
    /** Sends of any code to one client address per hour; 0 = no limit. */
    @Inject
    @ConfigProperty(name = "switchboard.sms.per-address-per-hour", defaultValue = "20")
    int smsPerAddressPerHour;
    /** Sends of any code per minute by the whole service; 0 = no limit. */
    @Inject
    @ConfigProperty(name = "switchboard.sms.per-minute", defaultValue = "600")
    int smsPerMinute;
    /** Per-user requests without the login's {@code session} are refused ({@code no_logind}). */
    @Inject
    @ConfigProperty(name = "switchboard.lwork.require-session", defaultValue = "false")
    boolean requireSession;
    /** A device session unused this long has ended (default 30 days). */
    @Inject
    @ConfigProperty(name = "switchboard.lwork.session-idle-seconds", defaultValue = "2592000")
    long sessionIdleSeconds;
    /** VOIP-12: most users asked about in one request. */
    @Inject
    @ConfigProperty(name = "switchboard.lwork.query-status-max-users", defaultValue = "100")
    int queryStatusMaxUsers;

    java.time.Duration sessionIdle() {
        return java.time.Duration.ofSeconds(sessionIdleSeconds);
    }
}
