package com.switchboard.platform.sms;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits on SMS codes, shared by every family that sends them (dependent: its fields are read directly). */
@Dependent
public class SmsSettings {
    /** At most one code per phone (and family) in this many seconds. */
    @Inject
    @ConfigProperty(name = "switchboard.sms.resend-seconds", defaultValue = "60")
    long resendSeconds;
    /** Sends of any code to one client address per hour; 0 = no limit. */
    @Inject
    @ConfigProperty(name = "switchboard.sms.per-address-per-hour", defaultValue = "20")
    int perAddressPerHour;
    /** Sends of any code per minute by the whole service; 0 = no limit. */
    @Inject
    @ConfigProperty(name = "switchboard.sms.per-minute", defaultValue = "600")
    int perMinute;

    public long resendSeconds() {
        return resendSeconds;
    }
}
