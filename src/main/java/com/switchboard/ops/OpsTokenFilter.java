package com.switchboard.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import com.switchboard.platform.secret.BearerToken;
import com.switchboard.platform.wire.Family;
import com.switchboard.platform.wire.PlainDialect;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * {@code /ops/*} needs {@code Authorization: Bearer <SWITCHBOARD_OPS_TOKEN>}; with no token configured the whole
 * family does not exist (404), so a default install exposes nothing. The dashboard's own files ({@code /ops/ui/})
 * load without it.
 */
@Provider
@PreMatching
public class OpsTokenFilter implements ContainerRequestFilter {
    @Inject
    @ConfigProperty(name = "switchboard.ops.token")
    Optional<String> token;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (token.isPresent() && OpsUiResource.isPage(path)) {
            return; // the dashboard's files hold no data: the page asks for the token and sends it with each call
        }
        if (Family.of(path) == Family.OPS) {
            BearerToken.refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION), token, PlainDialect.INSTANCE)
                    .ifPresent(request::abortWith);
        }
    }
}
