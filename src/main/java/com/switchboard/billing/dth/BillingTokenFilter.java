package com.switchboard.billing.dth;

import com.switchboard.billing.BillingSettings;
import com.switchboard.platform.secret.BearerToken;
import com.switchboard.platform.wire.LworkDialect;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;


/**
 * The DTH provisioning endpoints (VOIP-63..66, {@code lwork/dth/*}) are the billing system's alone: they need
 * {@code Authorization: Bearer <SWITCHBOARD_BILLING_TOKEN>}, and without a token configured they do not exist (404,
 * as for any unknown lwork path).
 */
@Provider
@PreMatching
public class BillingTokenFilter implements ContainerRequestFilter {
    @Inject
    BillingSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (!p.equals("lwork/dth") && !p.startsWith("lwork/dth/")) {
            return;
        }
        BearerToken.refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION), settings.token(), LworkDialect.INSTANCE)
                .ifPresent(request::abortWith);
    }
}
