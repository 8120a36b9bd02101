package com.switchboard.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Every feature's {@link InsecureMode}s in effect, warned about once at start-up. */
@ApplicationScoped
public class InsecureModes {
    private static final Logger LOG = Logger.getLogger(InsecureModes.class.getName());

    @Inject
    Instance<InsecureMode> modes;

    public List<String> inEffect() {
        List<String> all = new ArrayList<>();
        modes.forEach(m -> all.addAll(m.inEffect()));
        return all;
    }

    void warnAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String mode : inEffect()) {
            LOG.warning("Insecure compatibility mode in effect: " + mode);
        }
    }
}
