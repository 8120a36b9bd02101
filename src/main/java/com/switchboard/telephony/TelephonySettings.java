package com.switchboard.telephony;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The telephony gateway and the simulated gateway's timing ({@code switchboard.telephony.*}). */
@Dependent
public class TelephonySettings {
    /** {@code simulated}: the only gateway until a SIP trunk adapter lands. */
    @Inject
    @ConfigProperty(name = "switchboard.telephony.gateway", defaultValue = "simulated")
    String gateway;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.ring-millis", defaultValue = "100")
    long ringMillis;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.answer-millis", defaultValue = "500")
    long answerMillis;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.no-answer-seconds", defaultValue = "60")
    long noAnswerSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.stats-seconds", defaultValue = "1")
    long statsSeconds;
}
