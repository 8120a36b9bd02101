package com.switchboard.billing;

import com.switchboard.billing.charging.CallCharging;
import com.switchboard.billing.charging.CallRecords;
import com.switchboard.billing.pay.OrderService;

import com.switchboard.account.AccountDirectory;
import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.billing.dth.DthBillingSystem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Operators look into billing: the balance audit, orders, a call's charges; and map accounts for VOIP-59. */
@Path("ops/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingOpsResource {
    @Inject
    BillingAudit audit;
    @Inject
    OrderService orders;
    @Inject
    CallCharging charging;
    @Inject
    CallRecords records;
    @Inject
    AccountDirectory accounts;
    @Inject
    DthBillingSystem dth;

    @GET
    @Path("audit")
    @Operation(summary = "Balance audit: wallet balances against the ledger, call charges and paid orders "
            + "(one user with ?uuid=)")
    public Response audit(@QueryParam("uuid") String uuid) {
        if (uuid == null || uuid.isBlank()) {
            return Response.ok(audit.audit(null)).build();
        }
        return accounts.party(uuid).map(p -> Response.ok(audit.audit(p.id())).build())
                .orElse(error(404, "no such account"));
    }

    @GET
    @Path("orders/{payid}")
    @Operation(summary = "An order's state: created, paid or expired")
    public Response order(@PathParam("payid") String payid) {
        return orders.state(payid).map(s -> Response.ok(Jsons.createObjectBuilder().add("payid", payid)
                .add("state", s).build()).build()).orElse(error(404, "no such order"));
    }

    @GET
    @Path("calls/{sessionId}")
    @Operation(summary = "The charged legs of a call: state, units paid and unpaid, and how they were paid")
    public Response call(@PathParam("sessionId") String sessionId) {
        JsonArrayBuilder legs = Jsons.createArrayBuilder();
        charging.legs(sessionId).forEach(l -> legs.add(Jsons.createObjectBuilder().add("role", l.role())
                .add("uuid", String.valueOf(l.userId())).add("called", l.called()).add("rate", l.rate())
                .add("state", l.state().name()).add("units", l.units()).add("unpaid_units", l.unpaidUnits())
                .add("pkg_minutes", l.pkgMinutes()).add("gift_minutes", l.giftMinutes()).add("coins", l.coins())));
        return Response.ok(Jsons.createObjectBuilder().add("session_id", sessionId).add("legs", legs).build()).build();
    }

    @PUT
    @Path("ltalk-employers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an account under an ltalk (companyid, employerid) pair for VOIP-59")
    public Response employer(JsonObject body) {
        String uuid = text(body, "uuid");
        String company = text(body, "companyid");
        String employer = text(body, "employerid");
        if (uuid == null || company == null || employer == null || company.length() > 32 || employer.length() > 32) {
            return error(400, "uuid, companyid and employerid (at most 32 characters) are required");
        }
        Optional<Long> user = accounts.party(uuid).map(p -> p.id());
        if (user.isEmpty()) {
            return error(404, "no such account");
        }
        try {
            records.assignEmployer(user.get(), company, employer, true);
        } catch (LworkFailure taken) {
            return error(409, "that pair belongs to another account");
        }
        return Response.ok(Jsons.createObjectBuilder().add("uuid", uuid).add("companyid", company)
                .add("employerid", employer).build()).build();
    }

    @GET
    @Path("dth/records")
    @Operation(summary = "VOIP-68 Detailed records of an account from the DTH billing system (start, end: yyyy-MM-dd)")
    public Response dthRecords(@QueryParam("account") String account, @QueryParam("start") String start,
                               @QueryParam("end") String end) {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(start == null ? "" : start);
            to = LocalDate.parse(end == null ? "" : end);
        } catch (DateTimeParseException e) {
            return error(400, "start and end must be yyyy-MM-dd");
        }
        if (account == null || account.isBlank() || to.isBefore(from)) {
            return error(400, "account is required and end may not precede start");
        }
        return dth.detailRecords(account, from, to)
                .map(r -> Response.ok(Jsons.createObjectBuilder().add("account", account).add("records", r).build())
                        .build())
                .orElse(error(502, "the DTH billing system did not answer"));
    }

    private static String text(JsonObject body, String key) {
        JsonValue v = body == null ? null : body.get(key);
        String s = v instanceof JsonString str ? str.getString() : v instanceof jakarta.json.JsonNumber n ? n.toString()
                : null;
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Response error(int status, String message) {
        return Response.status(status).entity(Jsons.createObjectBuilder().add("error", message).build()).build();
    }
}
