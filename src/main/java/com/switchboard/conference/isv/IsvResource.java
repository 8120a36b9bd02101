package com.switchboard.conference.isv;

import com.switchboard.conference.ConferenceService;

import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.ApiFailure;
import com.switchboard.platform.wire.ErrorKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;

import static com.switchboard.platform.wire.IsvDialect.reply;

/**
 * The ISV platform's {@code /httpIntf/<method>.do} (conference.md): every method by GET query string or POST form
 * (Proposed, §0.2), answered in the ISV dialect.
 */
@Path("httpIntf")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ISV conference", description = "conference.md CONF-01..07")
public class IsvResource {
    public record GetAccountKey(@NotBlank @Size(max = 100) String account_identify,
                                @NotBlank @Size(max = 20) String timestamp, @NotBlank @Size(max = 50) String sign) {
    }

    public record AccountReg(@NotBlank @Size(max = 100) String account_identifer,
                             @NotBlank @Size(max = 50) String company_identifer,
                             @NotBlank @Size(max = 300) String authData,
                             @NotBlank @Size(max = 20) String timestamp, @NotBlank @Size(max = 50) String sign,
                             @Size(max = 200) String record_url, @Size(max = 200) String status_url) {
    }

    public record AccountRecharge(@NotBlank @Size(max = 100) String account_identify, @NotNull Long amount,
                                  @NotBlank @Size(max = 20) String type, @NotNull BigDecimal unit_price,
                                  @NotBlank @Size(max = 20) String ability_type,
                                  @NotBlank @Size(max = 20) String timestamp,
                                  @NotBlank @Size(max = 50) String sign) {
    }

    public record CreateConference(@NotBlank @Size(max = 100) String caller, @NotBlank @Size(max = 200) String phones,
                                   @NotBlank @Size(max = 200) String account_identify,
                                   @NotBlank @Size(max = 30) String userId,
                                   @NotBlank @Size(max = 30) String timestamp,
                                   @NotBlank @Size(max = 50) String sign) {
    }

    /** CONF-05/06: unsigned as the seed gives them; a signature, when sent, is checked (Proposed). */
    public record ChangeParticipants(@NotBlank @Size(max = 50) String sessionid,
                                     @NotBlank @Size(max = 100) String calledNbr,
                                     @Size(max = 200) String account_identify, @Size(max = 30) String timestamp,
                                     @Size(max = 50) String sign) {
    }

    public record EndConference(@NotBlank @Size(max = 50) String sessionid, @Size(max = 200) String account_identify,
                                @Size(max = 30) String timestamp, @Size(max = 50) String sign) {
    }

    private static final String METHODS = "method: getAccountkey (CONF-01), accountReg (CONF-02), accountRecharge "
            + "(CONF-03), createConference (CONF-04), conferenceAdd (CONF-05), conferenceMinus (CONF-06), "
            + "endConference (CONF-07); fields and signing as conference.md; reply {result, describe, ...}, result "
            + "1 signature, 2 parameter, 3 account, 4 session, 5 balance, 6 state, 7 duplicate, 9 internal";

    @Inject
    RequestParams params;
    @Inject
    ConferenceService conferences;
    @Inject
    IsvService isv;

    @GET
    @Path("{method}.do")
    @Operation(operationId = "isvMethodGet", summary = "CONF-01..07 by GET (query string)", description = METHODS)
    public JsonObject get(@PathParam("method") String method) {
        return dispatch(method);
    }

    @POST
    @Path("{method}.do")
    @Operation(operationId = "isvMethodPost", summary = "CONF-01..07 by POST (form)", description = METHODS)
    public JsonObject post(@PathParam("method") String method) {
        return dispatch(method);
    }

    private JsonObject dispatch(String method) {
        switch (method) {
            case "getAccountkey":
                return getAccountKey();
            case "accountReg":
                return accountReg();
            case "accountRecharge":
                return accountRecharge();
            case "createConference":
                return createConference();
            case "conferenceAdd":
                return conferenceAdd();
            case "conferenceMinus":
                return conferenceMinus();
            case "endConference":
                return endConference();
            default:
                // As every family answers a path it does not serve: HTTP 404, in its own dialect.
                throw ApiFailure.of(ErrorKind.NOT_FOUND, "unknown method " + method);
        }
    }

    /** CONF-01 Get / refresh temporary key. */
    private JsonObject getAccountKey() {
        GetAccountKey r = params.bind(GetAccountKey.class);
        String key = isv.refreshKeyTemp(r.account_identify(), r.timestamp(), r.sign());
        return Jsons.createObjectBuilder().add("result", "0").add("key_temp", key).add("describe", "success").build();
    }

    /** CONF-02 Register organisation account. */
    private JsonObject accountReg() {
        AccountReg r = params.bind(AccountReg.class);
        IsvService.Registered a = isv.register(r.account_identifer(), r.company_identifer(), r.authData(),
                r.timestamp(), r.sign(), r.record_url(), r.status_url());
        return Jsons.createObjectBuilder().add("result", "0")
                .add("data", Jsons.createObjectBuilder().add("account_identify", a.identify())
                        .add("account_status", a.status()).add("key_permanent", a.keyPermanent())
                        .add("key_temp", a.keyTemp()))
                .add("describe", "success").build();
    }

    /** CONF-03 Recharge account. */
    private JsonObject accountRecharge() {
        AccountRecharge r = params.bind(AccountRecharge.class);
        isv.recharge(r.account_identify(), r.amount(), r.type(), r.unit_price(), r.ability_type(), r.timestamp(),
                r.sign());
        return reply("0", "success");
    }

    /** CONF-04 Start multi-party call. */
    private JsonObject createConference() {
        CreateConference r = params.bind(CreateConference.class);
        String sessionId = conferences.create(r.account_identify(), r.caller(), r.phones(), r.userId(),
                r.timestamp(), r.sign());
        return Jsons.createObjectBuilder().add("result", "0").add("describe", "success").add("sessionId", sessionId)
                .build();
    }

    /** CONF-05 Add participants. */
    private JsonObject conferenceAdd() {
        ChangeParticipants r = params.bind(ChangeParticipants.class);
        conferences.add(r.sessionid(), r.calledNbr(), new ConferenceService.Signed(r.account_identify(),
                r.timestamp(), r.sign()));
        return reply("0", "success");
    }

    /** CONF-06 Remove participants. */
    private JsonObject conferenceMinus() {
        ChangeParticipants r = params.bind(ChangeParticipants.class);
        conferences.minus(r.sessionid(), r.calledNbr(), new ConferenceService.Signed(r.account_identify(),
                r.timestamp(), r.sign()));
        return reply("0", "success");
    }

    /** CONF-07 End multi-party call. */
    private JsonObject endConference() {
        EndConference r = params.bind(EndConference.class);
        conferences.end(r.sessionid(), new ConferenceService.Signed(r.account_identify(), r.timestamp(), r.sign()));
        return reply("0", "success");
    }
}
