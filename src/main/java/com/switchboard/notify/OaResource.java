package com.switchboard.notify;

import com.switchboard.account.AccountDirectory;
import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.account.Party;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.secret.BearerToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

import static com.switchboard.platform.wire.LworkDialect.ok;

/** OA items on the mail service's paths (voip.md VOIP-46, 47) and the OA system's ingress. */
@Path("mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(securitySchemeName = "oaToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "SWITCHBOARD_OA_TOKEN; the OA ingress answers 404 while it is unset")
@Tag(name = "lwork OA", description = "voip.md §6, VOIP-44, 46, 47 and the OA ingress")
public class OaResource {
    public record Summary(@NotBlank @Size(max = 128) String account, @NotNull @Min(1) @Max(200) Integer page_num,
                          @NotNull @Min(1) Integer page_index, List<String> uids) {
    }

    public record Link(@NotBlank @Size(max = 128) String account, @NotBlank @Size(max = 128) String uid) {
    }

    /** What the OA system posts; {@code mail_acc} (optional) is sent as the push's {@code mail_acc}. */
    public record NewOaItem(@NotBlank @Size(max = 128) String account, @NotBlank @Size(max = 128) String uid,
                            @NotBlank @Size(max = 1000) String subject, @NotBlank @Size(max = 2000) String oa_link,
                            @Size(max = 256) String mail_acc) {
    }

    @Inject
    RequestParams params;
    @Inject
    AccountDirectory accounts;
    @Inject
    OaService oa;
    @Inject
    NotifySettings settings;

    /** VOIP-46 OA summaries: {@code page_num} per page, {@code page_index} from 1, newest first, {@code uids} only. */
    @POST
    @Path("get_oa_summary")
    @Operation(summary = "VOIP-46 OA summaries")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Summary.class)))
    public JsonObject summary() {
        Summary s = params.bind(Summary.class);
        Party user = user(s.account());
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        for (OaItem o : oa.summary(user.id(), s.page_num(), s.page_index(), s.uids())) {
            items.add(Jsons.createObjectBuilder().add("uid", o.uid()).add("Subject", o.subject())
                    .add("oa_link", o.oaLink()));
        }
        return ok().add("uids", items).build();
    }

    /** VOIP-47 OA link by uid; reading the item ends its redelivery. */
    @GET
    @Path("get_oa_link")
    @Operation(summary = "VOIP-47 OA link by uid")
    public JsonObject link() {
        Link l = params.bind(Link.class);
        OaItem item = oa.open(user(l.account()).id(), l.uid());
        return ok().add("uid", item.uid()).add("oa_link", item.oaLink()).build();
    }

    /**
     * OA ingress (ours): the OA system posts a new item for an lwork account with {@code Authorization: Bearer
     * <SWITCHBOARD_OA_TOKEN>}; without that variable set the ingress does not exist (404). Re-posting a uid is ok
     * and pushes nothing again.
     */
    @POST
    @Path("oa/items")
    @Operation(operationId = "oaItemsPost", summary = "OA ingress: post a new OA item (raises new_oa_arrived, VOIP-44)")
    @SecurityRequirement(name = "oaToken")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewOaItem.class)))
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<Response> refused = BearerToken.refusal(authorization, settings.oaToken(),
                com.switchboard.platform.wire.LworkDialect.INSTANCE);
        if (refused.isPresent()) {
            return refused.get();
        }
        NewOaItem item = params.bind(NewOaItem.class);
        boolean created = oa.post(user(item.account()), item.uid(), item.subject(), item.oa_link(),
                item.mail_acc() == null || item.mail_acc().isBlank() ? null : item.mail_acc());
        return Response.ok(ok().add("created", created).build()).build();
    }

    private Party user(String account) {
        return accounts.partyByAccount(account).orElseThrow(() -> new LworkFailure("account_not_exist"));
    }
}
