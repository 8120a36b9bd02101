package com.switchboard.heihei.pay;

import com.switchboard.platform.binding.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Set;

/** Operators review heihei withdrawals (HH-PAY-10's manual payout): list, approve, reject; ops token, plain JSON. */
@Path("ops/heihei/withdrawals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WithdrawalOpsResource {
    private static final Set<String> STATUSES = Set.of("pending", "approved", "rejected");

    @Inject
    WithdrawalReview review;

    @GET
    @Operation(summary = "heihei withdrawals, oldest first",
            description = "?status=pending|approved|rejected (absent: all) → {\"withdrawals\": [{\"id\", \"userId\", "
                    + "\"alipaycode\", \"realName\", \"amountFen\", \"point\", \"status\", \"createdAt\", "
                    + "\"reviewedAt\"?, \"payoutRef\"?}]} (at most 500); 400 unknown status.")
    public Response listWithdrawals(@QueryParam("status") String status) {
        if (status != null && !STATUSES.contains(status)) {
            return Response.status(400).entity(error("status must be pending, approved or rejected")).build();
        }
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        review.list(status, 500).forEach(w -> list.add(json(w)));
        return Response.ok(Jsons.createObjectBuilder().add("withdrawals", list).build()).build();
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a pending heihei withdrawal: its tickets are paid out",
            description = "?payoutRef= (the transfer's reference, ≤ 64 characters) → the withdrawal; 404 unknown; 409 "
                    + "already reviewed.")
    public Response approveWithdrawal(@PathParam("id") long id, @QueryParam("payoutRef") String payoutRef) {
        if (payoutRef != null && payoutRef.length() > 64) {
            return Response.status(400).entity(error("payoutRef is at most 64 characters")).build();
        }
        return reviewed(id, review.review(id, true, payoutRef));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a pending heihei withdrawal: its tickets go back to the user",
            description = "→ the withdrawal; 404 unknown; 409 already reviewed.")
    public Response rejectWithdrawal(@PathParam("id") long id) {
        return reviewed(id, review.review(id, false, null));
    }

    private Response reviewed(long id, WithdrawalReview.Outcome outcome) {
        return switch (outcome) {
            case UNKNOWN -> Response.status(404).entity(error("no such withdrawal")).build();
            case ALREADY_REVIEWED -> Response.status(409).entity(error("already reviewed")).build();
            case DONE -> Response.ok(json(review.find(id).orElseThrow())).build();
        };
    }

    private static JsonObject json(WithdrawalReview.Withdrawal w) {
        JsonObjectBuilder o = Jsons.createObjectBuilder().add("id", w.id()).add("userId", w.userId())
                .add("alipaycode", w.alipaycode()).add("realName", w.realName()).add("amountFen", w.amountFen())
                .add("point", w.point()).add("status", w.status()).add("createdAt", w.createdAt().toString());
        if (w.reviewedAt() != null) {
            o.add("reviewedAt", w.reviewedAt().toString());
        }
        if (w.payoutRef() != null) {
            o.add("payoutRef", w.payoutRef());
        }
        return o.build();
    }

    private static JsonObject error(String why) {
        return Jsons.createObjectBuilder().add("error", why).build();
    }
}
