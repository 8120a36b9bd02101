package com.switchboard.billing.dth;

import com.switchboard.account.Party;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static com.switchboard.platform.wire.LworkDialect.ok;

/**
 * DTH provisioning by the billing system (voip.md VOIP-63..66) at the spec's proposed paths; authenticated by
 * {@link BillingTokenFilter}. {@code group} defaults to {@code dth}.
 */
@Path("lwork/dth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lwork DTH provisioning", description = "voip.md §8 VOIP-63..66; Authorization: Bearer SWITCHBOARD_BILLING_TOKEN")
public class DthProvisioningResource {
    static final String DTH = "dth";

    public record Open(@Size(max = 64) String group, @NotBlank @Size(max = 128) String account,
                       @NotBlank @Size(max = 128) String pwd, @Size(max = 32) String companyid,
                       @Size(max = 32) String employerid) {
    }

    public record Account(@Size(max = 64) String group, @NotBlank @Size(max = 128) String account) {
    }

    public record BindPhone(@Size(max = 64) String group, @NotBlank @Size(max = 128) String account,
                            @NotBlank @Pattern(regexp = "\\+?[0-9]{3,32}") String phone) {
    }

    @Inject
    RequestParams params;
    @Inject
    DthProvisioning provisioning;

    /** VOIP-63 Open account (inactive until VOIP-64). */
    @POST
    @Path("open")
    @Operation(summary = "VOIP-63 Open a DTH account (inactive until activated)")
    public JsonObject open() {
        Open r = params.bind(Open.class);
        Party user = provisioning.open(group(r.group()), r.account(), r.pwd(), r.companyid(), r.employerid());
        return ok().add("uuid", String.valueOf(user.id())).build();
    }

    /** VOIP-64 Activate. */
    @POST
    @Path("activate")
    @Operation(summary = "VOIP-64 Activate a DTH account: calls allowed")
    public JsonObject activate() {
        Account r = params.bind(Account.class);
        provisioning.activate(group(r.group()), r.account(), true);
        return ok().build();
    }

    /** VOIP-65 Deactivate. */
    @POST
    @Path("deactivate")
    @Operation(summary = "VOIP-65 Deactivate a DTH account: calls fail with not_actived")
    public JsonObject deactivate() {
        Account r = params.bind(Account.class);
        provisioning.activate(group(r.group()), r.account(), false);
        return ok().build();
    }

    /** VOIP-66 Bind Shanghai Unicom number. */
    @POST
    @Path("bind_phone")
    @Operation(summary = "VOIP-66 Bind the account's Shanghai Unicom number (its real phone and did)")
    public JsonObject bindPhone() {
        BindPhone r = params.bind(BindPhone.class);
        provisioning.bindPhone(group(r.group()), r.account(), r.phone());
        return ok().build();
    }

    private static String group(String group) {
        return group == null || group.isBlank() ? DTH : group;
    }
}
