package com.switchboard.account.qq;

import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/** QQ Connect when {@code SWITCHBOARD_QQ_APP_ID} is set, else the seed's rule (an insecure mode, listed at start). */
@ApplicationScoped
public class QqIdentities implements com.switchboard.platform.config.InsecureMode {
    @Inject
    @ConfigProperty(name = "switchboard.qq.app-id")
    Optional<String> appId;
    @Inject
    @ConfigProperty(name = "switchboard.qq.base-url", defaultValue = "https://graph.qq.com")
    String baseUrl;

    @Produces
    @Singleton
    QqIdentity qq() {
        return Settings.value(appId).<QqIdentity>map(id -> new QqConnectClient(URI.create(baseUrl), id))
                .orElseGet(QqIdentity::seedRule);
    }

    @Override
    public java.util.List<String> inEffect() {
        return Settings.set(appId) ? java.util.List.of() : java.util.List.of("SWITCHBOARD_QQ_APP_ID is unset: QQ "
                + "logins (VOIP-10/11) are checked by the seed's rule only (acc == \"qq_\" + pwd); anyone who knows a "
                + "QQ openid can log in as that user");
    }
}
