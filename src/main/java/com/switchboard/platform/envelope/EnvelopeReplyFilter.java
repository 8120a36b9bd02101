package com.switchboard.platform.envelope;

import com.switchboard.platform.binding.ParamsFilter;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** A reply is enveloped if and only if its request was (VOIP-62), failures and long-poll replies included. */
@Provider
public class EnvelopeReplyFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (Boolean.TRUE.equals(request.getProperty(ParamsFilter.ENVELOPED))
                && response.getEntity() instanceof JsonObject reply) {
            response.setEntity(Jsons.createObjectBuilder()
                    .add(DataEnvelope.KEY, DataEnvelope.sealReply(reply.toString())).build());
        }
    }
}
