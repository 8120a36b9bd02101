package com.switchboard.notify;

import com.switchboard.account.LworkCallers;
import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.account.Party;
import com.switchboard.notify.mail.MailAccessException;
import com.switchboard.notify.mail.MailServer;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import static com.switchboard.platform.wire.LworkDialect.ok;

/** Mailbox set-up and the acknowledgements of rule 6.1 (voip.md §6). */
@Path("lwork")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lwork mail", description = "voip.md §6, VOIP-40..45")
public class MailResource {
    private static final Logger LOG = Logger.getLogger(MailResource.class.getName());

    public record SetAccount(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String account,
                             @NotBlank @Size(max = 256) String mail_acc,
                             @NotBlank @Size(max = 256) String mail_pwd,
                             @NotBlank @Size(max = 256) String mail_addr) {
    }

    /** VOIP-43/45; {@code mail_acc} is the Proposed disambiguation for users with several mailboxes. */
    public record Ack(@NotBlank @Size(max = 128) String account, @NotNull @Size(max = 1000) List<@NotBlank String> uids,
                      String mail_acc) {
    }

    public record PageLink(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id) {
    }

    @Inject
    RequestParams params;
    @Inject
    LworkCallers callers;
    @Inject
    Mailboxes mailboxes;
    @Inject
    MailService mail;
    @Inject
    NotifyService notify;
    @Inject
    NotifySettings settings;
    @Inject
    NotifyKeys keys;

    /**
     * VOIP-40 Set mailbox account: the credentials are tried on the mail server first (5 s connect and read
     * timeouts); {@code pwd_not_matched} when they fail or the server is not reached. Replies carry {@code result}
     * and {@code status} (Proposed).
     */
    @POST
    @Path("mail/set_account")
    @Operation(summary = "VOIP-40 Set mailbox account")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SetAccount.class)))
    public JsonObject setAccount() {
        SetAccount r = params.bind(SetAccount.class);
        try {
            Party user = callers.user(r.uuid());
            if (!user.account().equals(r.account())) {
                throw new LworkFailure("account_not_matched");
            }
            MailServer server = settings.server(r.mail_addr());
            if (server == null) {
                throw new LworkFailure("pwd_not_matched");
            }
            Mailboxes.Snapshot snapshot;
            try {
                snapshot = mailboxes.verify(server, r.mail_acc(), r.mail_pwd());
            } catch (MailAccessException e) {
                LOG.info("mailbox of user " + user.id() + " at " + server.host() + ":" + server.port()
                        + " not verified: " + e.kind());
                throw new LworkFailure("pwd_not_matched");
            }
            mail.save(user.id(), r.mail_acc(), r.mail_addr(), r.mail_pwd(), server, snapshot);
            return Jsons.createObjectBuilder().add("result", "ok").add("status", "ok").build();
        } catch (LworkFailure f) {
            return Jsons.createObjectBuilder().add("result", "failed").add("status", "failed")
                    .add("reason", f.code()).build();
        }
    }

    /** VOIP-43 New-mail acknowledgement: always ok; ends redelivery of those uids. */
    @POST
    @Path("mail/new_email_arrived_ack")
    @Operation(summary = "VOIP-43 New-mail acknowledgement")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Ack.class)))
    public JsonObject newEmailAck() {
        Ack a = params.bind(Ack.class);
        notify.ack(a.account(), NotifyService.NEW_EMAIL, a.uids(), blankToNull(a.mail_acc()));
        return ok().build();
    }

    /** VOIP-45 New-OA acknowledgement: always ok; ends redelivery of those uids. */
    @POST
    @Path("mail/new_oa_arrived_ack")
    @Operation(summary = "VOIP-45 New-OA acknowledgement")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Ack.class)))
    public JsonObject newOaAck() {
        Ack a = params.bind(Ack.class);
        notify.ack(a.account(), NotifyService.NEW_OA, a.uids(), blankToNull(a.mail_acc()));
        return ok().build();
    }

    /**
     * VOIP-41 companion (ours): the H5 mail page's address for a logged-in device, carrying the signed parameter
     * {@code t} that lets the page load the user's mail. The app opens this URL instead of the bare {@code ?uuid=}.
     */
    @POST
    @Path("mail/page_link")
    @Operation(summary = "VOIP-41 companion: signed link to the H5 mail page")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PageLink.class)))
    public JsonObject pageLink() {
        PageLink r = params.bind(PageLink.class);
        callers.loggedIn(r.uuid(), r.device_id());
        String t = new MailPageTokens(keys.pageKey()).issue(r.uuid(), Instant.now(), settings.pageTokenTtl());
        return ok().add("url", "/livecommail/index.html?uuid=" + r.uuid() + "&t=" + t)
                .add("expires_in", settings.pageTokenTtl().toSeconds()).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
