package com.switchboard.heihei.user;

import com.switchboard.heihei.user.UserRequests.BindPhone;
import com.switchboard.heihei.user.UserRequests.Info;
import com.switchboard.heihei.user.UserRequests.ListOf;
import com.switchboard.heihei.user.UserRequests.PhoneSignIn;
import com.switchboard.heihei.user.UserRequests.PushDevice;
import com.switchboard.heihei.user.UserRequests.Search;
import com.switchboard.heihei.user.UserRequests.SmsCode;
import com.switchboard.heihei.user.UserRequests.Switch;
import com.switchboard.heihei.user.UserRequests.Target;
import com.switchboard.heihei.user.UserRequests.ThirdSignIn;
import com.switchboard.heihei.user.UserRequests.Token;
import com.switchboard.heihei.user.UserRequests.Update;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.secret.Secret;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static com.switchboard.platform.wire.HeiheiDialect.ok;
import static com.switchboard.platform.wire.HeiheiDialect.success;

/** heihei users (heihei.md §3): sign-in, profile, switches. Parameters from query, form or JSON; replies 200. */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei users", description = "heihei.md §3, HH-USER-01..08, 17, 18")
public class UserResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    UserService users;
    @Inject
    ProfileService profiles;
    @Inject
    ThirdSignIns thirdSignIns;
    @Inject
    PushDevices pushDevices;

    /** HH-USER-01 Request SMS verification code. */
    @POST
    @Path("user/get-sms-verification-code")
    @Operation(summary = "HH-USER-01 Request SMS verification code", description = "timeout = seconds until another code may be asked for; 400 within it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SmsCode.class)))
    public JsonObject smsCode() {
        SmsCode r = params.bind(SmsCode.class);
        return ok().add("timeout", users.sendSignInCode(r.phoneNo().strip(), params.clientAddress())).build();
    }

    /** HH-USER-02 Sign in with Weibo / WeChat. */
    @POST
    @Path("user/sign-in")
    @Operation(summary = "HH-USER-02 Sign in with Weibo / WeChat", description = "701 Weibo token not proven, 702 WeChat openId not proven.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThirdSignIn.class)))
    public JsonObject signIn() {
        ThirdSignIn r = params.bind(ThirdSignIn.class);
        return signedIn(thirdSignIns.signIn(r.accountSource(), r.accountToken(), r.openId()));
    }

    /** HH-USER-03 Sign in with phone + SMS code. */
    @POST
    @Path("user/sign-in-cl-by-phone")
    @Operation(summary = "HH-USER-03 Sign in with phone + SMS code", description = "Creates the account at the phone's first sign-in (needRegist true); 401 wrong code.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhoneSignIn.class)))
    public JsonObject signInByPhone() {
        PhoneSignIn r = params.bind(PhoneSignIn.class);
        return signedIn(users.signInByPhone(r.phoneNo().strip(), Secret.of(r.verifyCode())));
    }

    /** HH-USER-04 Update own profile. */
    @POST
    @Path("user/update")
    @Operation(summary = "HH-USER-04 Update own profile", description = "First rename free, later ones cost diamonds (740 when short); 445 illegal name, 447 too long, 501 under the minimum age.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Update.class)))
    public JsonObject updateProfile() {
        Update r = params.bind(Update.class);
        long caller = callers.userId(r.token());
        return ok().add("userId", users.updateProfile(caller, r.displayName(), r.gender(), r.birthDay(),
                r.address(), r.latlng(), r.description())).build();
    }

    /** HH-USER-05 Sign out. */
    @POST
    @Path("user/sign-out")
    @Operation(summary = "HH-USER-05 Sign out", description = "Ends the token and unbinds the push device.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject signOut() {
        Token r = params.bind(Token.class);
        users.signOut(r.token());
        return success();
    }

    /** HH-USER-06 Get user profile. */
    @POST
    @Path("user/info")
    @Operation(summary = "HH-USER-06 Get user profile", description = "736 when that user has blocked the caller; attribute only on the caller's own profile.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Info.class)))
    public JsonObject info() {
        Info r = params.bind(Info.class);
        long caller = callers.userId(r.token());
        var reply = ok().add("result", UserJson.profile(profiles.profile(caller, r.uid())));
        (r.liveId() == null ? profiles.activity(r.uid()) : profiles.activityIn(r.liveId(), r.uid()))
                .ifPresent(status -> reply.add("userStatus", status));
        return reply.build();
    }

    /** HH-USER-07 Get user configuration and server settings. */
    @POST
    @Path("user/get-config")
    @Operation(summary = "HH-USER-07 Get user configuration and server settings")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject getConfig() {
        Token r = params.bind(Token.class);
        long caller = callers.userId(r.token());
        return ok().add("configuration", Jsons.createObjectBuilder()
                .add("user", UserJson.map(profiles.configuration(caller)))
                .add("sys", Jsons.createObjectBuilder())).build();
    }

    /** HH-USER-08 Update user configuration switch. */
    @POST
    @Path("user/update-config")
    @Operation(summary = "HH-USER-08 Update user configuration switch", description = "push_enable \"0\" off, \"1\" on.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Switch.class)))
    public JsonObject updateConfig() {
        Switch r = params.bind(Switch.class);
        users.setPushEnable(callers.userId(r.token()), r.push_enable());
        return success();
    }

    /** HH-USER-17 Bind phone number. */
    @POST
    @Path("user/bind-phone")
    @Operation(summary = "HH-USER-17 Bind phone number", description = "403 when the phone belongs to another account; 401 wrong code.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BindPhone.class)))
    public JsonObject bindHeiheiPhone() {
        BindPhone r = params.bind(BindPhone.class);
        users.bindPhone(callers.userId(r.token()), r.phone().strip(), Secret.of(r.verifyCode()));
        return success();
    }

    /** HH-USER-18 Upload push device info. */
    @POST
    @Path("user/push-device-info")
    @Operation(summary = "HH-USER-18 Upload push device info", description = "deviceType is accepted as an alias of deveiceType.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushDevice.class)))
    public JsonObject pushDeviceInfo() {
        PushDevice r = params.bind(PushDevice.class);
        String deviceType = r.deveiceType() != null ? r.deveiceType() : r.deviceType();
        pushDevices.register(callers.registeredPush(r.token(), r.uuid()), r.uuid(), r.apnsType(), r.apnsToken(),
                deviceType);
        return success();
    }

    private JsonObject signedIn(UserService.SignedIn s) {
        return ok().add("token", s.token()).add("needRegist", s.needRegist())
                .add("userInfo", UserJson.loginUser(s.user())).build();
    }
}
