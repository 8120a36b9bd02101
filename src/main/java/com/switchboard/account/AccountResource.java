package com.switchboard.account;

import com.switchboard.account.AccountRequests.AddInfo;
import com.switchboard.account.AccountRequests.AuthCode;
import com.switchboard.account.AccountRequests.Bind;
import com.switchboard.account.AccountRequests.ForgetPwd;
import com.switchboard.account.AccountRequests.Login;
import com.switchboard.account.AccountRequests.Logout;
import com.switchboard.account.AccountRequests.ModifyPwd;
import com.switchboard.account.AccountRequests.QueryStatus;
import com.switchboard.account.AccountRequests.Register;
import com.switchboard.account.AccountRequests.SelfRegister;
import com.switchboard.account.AccountRequests.ThirdLogin;
import com.switchboard.account.AccountRequests.ThirdReg;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.binding.RequestBodies;
import com.switchboard.platform.secret.Secret;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.util.List;

import static com.switchboard.platform.wire.LworkDialect.ok;

/** lwork accounts (voip.md §1). Parameters come merged from query, form and JSON body; replies in lwork dialect. */
@Path("lwork")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lwork accounts", description = "voip.md §1, VOIP-01..12")
public class AccountResource {
    @Inject
    AccountSettings settings;
    @Inject
    RequestParams params;
    @Inject
    AccountService accounts;

    /** VOIP-01 Login. */
    @POST
    @Path("mobile/login")
    @Operation(summary = "VOIP-01 Login", description = "Proposed: the reply's session is this device's session value; per-user requests may carry it as the session parameter or Authorization: Bearer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Login.class)))
    public JsonObject login() {
        Login r = params.bind(Login.class);
        AccountView view = accounts.login(r.acc(), Secret.of(r.pwd()), r.device_id(), r.clidata(), r.group_id(),
                params.clientAddress());
        return ok().add("uuid", view.uuid()).add("info", info(view)).add("name", view.name())
                .add("urls", RequestBodies.parseJsonObject(settings.urls)).add("account", view.account())
                .add(LworkCallers.SESSION, view.session()).build();
    }

    /** VOIP-02 Logout. */
    @POST
    @Path("mobile/logout")
    @Operation(summary = "VOIP-02 Logout")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Logout.class)))
    public JsonObject logout() {
        Logout r = params.bind(Logout.class);
        accounts.logout(r.uuid(), r.device_id());
        return ok().build();
    }

    /** VOIP-03 Send SMS auth code (register, resetpwd, bind). */
    @POST
    @Path("sms/auth_code")
    @Operation(summary = "VOIP-03 Send SMS auth code")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthCode.class)))
    public JsonObject authCode() {
        accounts.sendAuthCode(params.bind(AuthCode.class), params.clientAddress());
        return ok().build();
    }

    /** VOIP-04 Register a pre-provisioned account. */
    @POST
    @Path("mobile/register")
    @Operation(summary = "VOIP-04 Register")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Register.class)))
    public JsonObject register() {
        Register r = params.bind(Register.class);
        accounts.register(r.uuid(), Secret.of(r.auth_code()), r.name(), Secret.of(r.pwd()), r.group_id());
        return ok().build();
    }

    /** VOIP-05 Self-register (no activation code). */
    @POST
    @Path("mobile/self_register")
    @Operation(summary = "VOIP-05 Self-register")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfRegister.class)))
    public JsonObject selfRegister() {
        SelfRegister r = params.bind(SelfRegister.class);
        AccountView view = accounts.selfRegister(r.acc(), r.name(), Secret.of(r.pwd()), Secret.of(r.auth_code()),
                r.device_id(), r.group_id(), r.crc());
        return ok().add("name", view.name()).add("account", view.account()).add("uuid", view.uuid())
                .add("did", view.did()).build();
    }

    /** VOIP-06 Forgot password. */
    @POST
    @Path("mobile/forget_pwd")
    @Operation(summary = "VOIP-06 Forgot password")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForgetPwd.class)))
    public JsonObject forgetPwd() {
        ForgetPwd r = params.bind(ForgetPwd.class);
        accounts.forgetPwd(r.acc(), r.uuid(), Secret.of(r.auth_code()), Secret.of(r.pwd()), r.name(), r.group_id());
        return ok().build();
    }

    /** VOIP-07 Modify password. */
    @POST
    @Path("mobile/modify_pwd")
    @Operation(summary = "VOIP-07 Modify password")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModifyPwd.class)))
    public JsonObject modifyPwd() {
        ModifyPwd r = params.bind(ModifyPwd.class);
        accounts.modifyPwd(r.uuid(), r.device_id(), Secret.of(r.old_pwd()), Secret.of(r.pwd()),
                params.clientAddress());
        return ok().build();
    }

    /** VOIP-08 Add user info. */
    @POST
    @Path("mobile/add_info")
    @Operation(summary = "VOIP-08 Add user info")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddInfo.class)))
    public JsonObject addInfo() {
        AddInfo r = params.bind(AddInfo.class);
        accounts.addInfo(r.uuid(), r.device_id(), r.info());
        return ok().build();
    }

    /** VOIP-09 Bind phone number. */
    @POST
    @Path("mobile/bind")
    @Operation(summary = "VOIP-09 Bind phone number")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bind.class)))
    public JsonObject bind() {
        Bind r = params.bind(Bind.class);
        accounts.bind(r.uuid(), r.device_id(), r.phone(), Secret.of(r.auth_code()));
        return ok().build();
    }

    /** VOIP-10 Third-party (QQ) login. */
    @POST
    @Path("mobile1/third_login")
    @Operation(summary = "VOIP-10 Third-party (QQ) login")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThirdLogin.class)))
    public JsonObject thirdLogin() {
        ThirdLogin r = params.bind(ThirdLogin.class);
        return accounts.thirdLogin(r.acc(), Secret.of(r.pwd()), Secret.of(r.access_token()), r.crc(), r.device_id(),
                        r.clidata(), r.group_id())
                .map(view -> withAccount(ok().add("uuid", view.uuid()).add("class", "reg"), view)
                        .add(LworkCallers.SESSION, view.session()))
                .orElseGet(() -> ok().add("uuid", "").add("class", "not_reg").add("name", "")
                        .add("info", JsonValue.NULL).add("account", "").add("did", ""))
                .build();
    }

    /** VOIP-11 Third-party register and login. */
    @POST
    @Path("mobile1/third_reg")
    @Operation(summary = "VOIP-11 Third-party register and login")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThirdReg.class)))
    public JsonObject thirdReg() {
        ThirdReg r = params.bind(ThirdReg.class);
        AccountView view = accounts.thirdReg(r.acc(), r.name(), Secret.of(r.pwd()), Secret.of(r.access_token()),
                r.crc(), r.device_id(), r.clidata(), r.group_id());
        return withAccount(ok().add("uuid", view.uuid()), view).add(LworkCallers.SESSION, view.session()).build();
    }

    /** VOIP-12 Query callee online status. */
    @POST
    @Path("mobile1/query_status")
    @Operation(summary = "VOIP-12 Query callee online status")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueryStatus.class)))
    public JsonObject queryStatus() {
        QueryStatus r = params.bind(QueryStatus.class);
        List<String> states = accounts.queryStatus(r.users());
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        for (int i = 0; i < states.size(); i++) {
            var callee = r.users().get(i);
            data.add(Jsons.createObjectBuilder()
                    .add("acc", callee.acc() == null ? "" : callee.acc())
                    .add("phone", callee.phone() == null ? "" : callee.phone())
                    .add("state", states.get(i)));
        }
        return ok().add("data", data).build();
    }

    private static JsonObjectBuilder withAccount(JsonObjectBuilder reply, AccountView view) {
        return reply.add("name", view.name()).add("info", info(view)).add("account", view.account())
                .add("did", view.did());
    }

    private static JsonValue info(AccountView view) {
        if (view.info() == null) {
            return JsonValue.NULL;
        }
        try (var reader = Jsons.createReader(new StringReader(view.info()))) {
            return reader.readValue();
        }
    }
}
