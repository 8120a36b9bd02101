package com.switchboard.account.qq;

import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/** QQ Connect when {@code SWITCHBOARD_QQ_APP_ID} is set, else the seed's rule (with a warning at start). */
@ApplicationScoped
public class QqIdentities {
    private static final Logger LOG = Logger.getLogger(QqIdentities.class.getName());

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

    void warnAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!Settings.set(appId)) {
            LOG.warning("SWITCHBOARD_QQ_APP_ID is unset: QQ logins (VOIP-10/11) are checked by the seed's rule only "
                    + "(acc == \"qq_\" + pwd); anyone who knows a QQ openid can log in as that user");
        }
    }
}
