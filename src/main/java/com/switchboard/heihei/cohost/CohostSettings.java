package com.switchboard.heihei.cohost;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** {@code switchboard.heihei.cohost.*} and the Qiniu RTC account ({@code switchboard.heihei.rtc.qiniu.*}). */
@Dependent
public class CohostSettings {
    /** How long a request or an invitation waits for an answer (HH-CONF-01 {@code expireTime}). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.cohost.ask-seconds", defaultValue = "30")
    int askSeconds;
    /** After HH-CONF-02, how long both sides have to report HH-CONF-06 before the server ends it. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.cohost.connect-seconds", defaultValue = "6")
    int connectSeconds;
    /** After an accept, how long the parties have to call HH-CONF-02 at all. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.cohost.join-seconds", defaultValue = "30")
    int joinSeconds;
    /** Life of an RTC room token. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.rtc.token-seconds", defaultValue = "3600")
    long tokenSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.rtc.qiniu.app-id")
    Optional<String> qiniuAppId;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.rtc.qiniu.access-key")
    Optional<String> qiniuAccessKey;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.rtc.qiniu.secret-key")
    Optional<String> qiniuSecretKey;

    public int askSeconds() {
        return askSeconds;
    }

    public int connectSeconds() {
        return connectSeconds;
    }

    public int joinSeconds() {
        return joinSeconds;
    }

    public long tokenSeconds() {
        return tokenSeconds;
    }
}
