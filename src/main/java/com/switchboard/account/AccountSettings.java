package com.switchboard.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** lwork accounts' settings ({@code switchboard.lwork.*}, {@code switchboard.sms.*}). */
@Dependent
public class AccountSettings implements com.switchboard.platform.config.InsecureMode {
    /** VOIP-07's module URLs, as JSON. */
    @Inject
    @ConfigProperty(name = "switchboard.lwork.urls", defaultValue = "{}")
    String urls;
    @Inject
    @ConfigProperty(name = "switchboard.lwork.default-group", defaultValue = "dth_common")
    String defaultGroup;
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

    @Override
    public java.util.List<String> inEffect() {
        return requireSession ? java.util.List.of() : java.util.List.of("SWITCHBOARD_LWORK_REQUIRE_SESSION=false: lwork "
                + "per-user requests without the login's session are served (uuid + logged-in device only)");
    }

    java.time.Duration sessionIdle() {
        return java.time.Duration.ofSeconds(sessionIdleSeconds);
    }
}
