package com.switchboard.telephony;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The telephony gateway and the simulated gateway's timing ({@code switchboard.telephony.*}). */
@ConfigProperties(prefix = "switchboard.telephony")
public class TelephonySettings {
    /** {@code simulated}: the only gateway until a SIP trunk adapter lands. */
    @ConfigProperty(name = "gateway", defaultValue = "simulated")
    String gateway;
    @ConfigProperty(name = "ring-millis", defaultValue = "100")
    long ringMillis;
    @ConfigProperty(name = "answer-millis", defaultValue = "500")
    long answerMillis;
    @ConfigProperty(name = "no-answer-seconds", defaultValue = "60")
    long noAnswerSeconds;
    @ConfigProperty(name = "stats-seconds", defaultValue = "1")
    long statsSeconds;
}
