package com.switchboard.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application at the root: existing clients call the seeded paths as they are. Family-specific
 * behaviour (dialect, envelope, parameter reading, ops token) is chosen by path, see {@code Family}.
 */
@ApplicationPath("/")
public class SwitchboardApplication extends Application {
}
