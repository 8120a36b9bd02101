package com.switchboard.account;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** lwork accounts' settings ({@code switchboard.lwork.*}, {@code switchboard.sms.*}). */
@ConfigProperties(prefix = "switchboard")
public class AccountSettings {
    /** VOIP-07's module URLs, as JSON. */
    @ConfigProperty(name = "lwork.urls", defaultValue = "{}")
    String urls;
    @ConfigProperty(name = "lwork.default-group", defaultValue = "dth_common")
    String defaultGroup;
    /** How soon a code may be sent again to the same target. */
    @ConfigProperty(name = "sms.resend-seconds", defaultValue = "60")
    long resendSeconds;
}
