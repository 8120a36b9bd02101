package com.switchboard.heihei.user;

import com.switchboard.platform.binding.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operators read HH-USER-16's reports; ops token, plain JSON. */
@Path("ops/heihei/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsOpsResource {
    @Inject
    Reports reports;

    @GET
    @Operation(summary = "heihei user reports, newest first",
            description = "?userId= (the reported user; absent: all) → {\"items\": [{\"reporterId\", \"userId\", "
                    + "\"reportType\", \"createdAt\"}]} (at most 500). One report per reporter and user a day.")
    public JsonObject listReports(@QueryParam("userId") Long userId) {
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        reports.list(userId, 500).forEach(r -> items.add(Jsons.createObjectBuilder().add("reporterId", r.reporterId())
                .add("userId", r.userId()).add("reportType", r.reportType()).add("createdAt", r.createdAt().toString())));
        return Jsons.createObjectBuilder().add("items", items).build();
    }
}
