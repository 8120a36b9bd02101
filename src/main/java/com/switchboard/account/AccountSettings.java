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
}
