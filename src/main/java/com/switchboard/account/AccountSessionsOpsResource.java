package com.switchboard.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operators end an lwork account's sessions (a lost phone, a leaked password). */
@Path("ops/lwork/sessions")
@RequestScoped
public class AccountSessionsOpsResource {
    @Inject
    AccountService accounts;

    /** Every device of the account is logged out; parked polls answer {@code unlogined}. */
    @DELETE
    @Path("{uuid}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "End every device session of an lwork account")
    public Response end(@PathParam("uuid") String uuid) {
        return accounts.endSessions(uuid)
                .map(n -> Response.ok(Jsons.createObjectBuilder().add("uuid", uuid).add("ended", n).build()).build())
                .orElseGet(() -> Response.status(404).entity(Jsons.createObjectBuilder()
                        .add("error", "no such account").build()).build());
    }
}
