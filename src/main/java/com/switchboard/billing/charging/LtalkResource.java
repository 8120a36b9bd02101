package com.switchboard.billing.charging;

import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.ApiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ltalk-compatible CDR service (voip.md VOIP-59): a bare JSON array, as ZTE ltalk answers. */
@Path("service.yaws")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lwork billing", description = "voip.md §7-8")
public class LtalkResource {
    static final String LOAD_EMPLOYER_DETAIL = "load_employer_detail";

    /** One record as ltalk writes it (the OpenAPI schema of the reply). */
    public record LtalkCdr(String caller, String called, String start_time, String end_time, String cost, int charge,
                           int pkg_minutes, String recurl) {
    }

    /** {@code t} is the client's cache-buster, ignored. */
    public record Command(@NotBlank @Size(max = 64) String command, @NotBlank @Size(max = 32) String companyid,
                          @NotBlank @Size(max = 32) String employerid, String t) {
    }

    @Inject
    RequestParams params;
    @Inject
    CallRecords records;

    /** VOIP-59 Call detail records ({@code command=load_employer_detail}); an unknown pair has no records. */
    @POST
    @Operation(summary = "VOIP-59 Call detail records, ltalk format (command=load_employer_detail)")
    @APIResponse(responseCode = "200", description = "the records, newest first (a bare array, as ltalk answers)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LtalkCdr.class)))
    public JsonArray command() {
        Command r = params.bind(Command.class);
        if (!LOAD_EMPLOYER_DETAIL.equals(r.command())) {
            throw ApiFailure.invalidParams("unknown command " + r.command());
        }
        JsonArrayBuilder out = Jsons.createArrayBuilder();
        records.employer(r.companyid(), r.employerid()).map(records::records).orElse(java.util.List.of())
                .forEach(c -> out.add(Jsons.createObjectBuilder().add("caller", c.caller()).add("called", c.called())
                        .add("start_time", c.startTime()).add("end_time", c.endTime())
                        .add("cost", c.cost().toPlainString()).add("charge", c.charge())
                        .add("pkg_minutes", c.pkgMinutes()).add("recurl", c.recurl())));
        return out.build();
    }

    /** VOIP-59 as a query string (ltalk is commonly called with GET too). */
    @GET
    @Operation(summary = "VOIP-59 Call detail records, ltalk format, as a GET with the same parameters")
    @APIResponse(responseCode = "200", description = "the records, newest first (a bare array, as ltalk answers)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LtalkCdr.class)))
    public JsonArray commandByGet() {
        return command();
    }
}
