package com.switchboard.heihei.cohost;

import com.switchboard.platform.config.Settings;
import com.switchboard.platform.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Qiniu RTC tokens when the account's app id and keys are configured, else the offline default. */
@ApplicationScoped
public class RtcTokenProviders {
    /** The offline default's access key: says plainly that no RTC service will take the token. */
    static final String OFFLINE_ACCESS_KEY = "offline";

    @Inject
    CohostSettings settings;
    @Inject
    ServerSecrets secrets;

    @Produces
    @Singleton
    RtcTokens rtcTokens() {
        if (Settings.allSet(settings.qiniuAppId, settings.qiniuAccessKey, settings.qiniuSecretKey)) {
            return new QiniuRoomTokens(settings.qiniuAppId.get(), settings.qiniuAccessKey.get(),
                    settings.qiniuSecretKey.get());
        }
        return new QiniuRoomTokens("offline", OFFLINE_ACCESS_KEY, secrets.secret("heihei.rtc.offline"));
    }
}
