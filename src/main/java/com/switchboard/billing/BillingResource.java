package com.switchboard.billing;

import com.switchboard.account.AccountService;
import com.switchboard.account.LworkFailure;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.ApiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static com.switchboard.platform.wire.LworkDialect.ok;

/** Billing catalogue: packages, call rates and app versions (voip.md §7-8). */
@Path("lwork")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lwork billing", description = "voip.md §7-8")
public class BillingResource {
    public record Packages(@NotBlank String uuid, @NotBlank @Size(max = 64) String group_id) {
    }

    /** The seed's example sends {@code user_id} and {@code callee_phone}; both spellings are accepted. */
    public record Rate(String uuid, String user_id, String device_id, @Size(max = 64) String callee,
                       @Size(max = 64) String callee_phone) {
    }

    @Inject
    RequestParams params;
    @Inject
    AccountService accounts;
    @Inject
    BillingCatalog catalog;

    /** VOIP-48 List packages. */
    @POST
    @Path("mobile1/ltalk_package")
    @Operation(summary = "VOIP-48 List packages of a group")
    public JsonObject packages() {
        Packages r = params.bind(Packages.class);
        accounts.party(r.uuid()).orElseThrow(() -> new LworkFailure("account_not_exist"));
        return ok().add("packages", catalog.packages(r.group_id())).build();
    }

    /** VOIP-58 Call rate. */
    @POST
    @Path("mobile/voip/rate")
    @Operation(summary = "VOIP-58 Call rate per minute of a callee (longest prefix)")
    public JsonObject rate() {
        Rate r = params.bind(Rate.class);
        String uuid = r.uuid() != null && !r.uuid().isBlank() ? r.uuid() : r.user_id();
        String callee = r.callee() != null && !r.callee().isBlank() ? r.callee() : r.callee_phone();
        if (uuid == null || uuid.isBlank() || callee == null || callee.isBlank()) {
            throw ApiFailure.invalidParams("uuid and callee are required");
        }
        String digits = RateTable.digits(callee).orElseThrow(() -> ApiFailure.invalidParams(
                "callee is not a phone number"));
        accounts.party(uuid).orElseThrow(() -> new LworkFailure("account_not_exist"));
        return ok().add("rate", catalog.rates().rate(digits)).build();
    }

    /** VOIP-60 DTH app version. */
    @GET
    @Path("mobile/version_dth_no")
    @Operation(summary = "VOIP-60 DTH app version")
    public JsonObject dthVersion() {
        return ok().addAll(jakarta.json.Json.createObjectBuilder(catalog.version(true))).build();
    }

    /** VOIP-61 Common app version (both seeded spellings). */
    @GET
    @Path("mobile/{name:version_commont_no|version_common_no}")
    @Operation(summary = "VOIP-61 Common app version (version_common_no, also version_commont_no)")
    public JsonObject commonVersion() {
        return ok().addAll(jakarta.json.Json.createObjectBuilder(catalog.version(false))).build();
    }
}
