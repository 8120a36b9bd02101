package com.switchboard.notify;

import com.switchboard.account.LworkCallers;
import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.account.Party;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.Instant;

import static com.switchboard.platform.wire.LworkDialect.ok;

/**
 * VOIP-41 The H5 mail list page. The page itself is public ({@code ?uuid=} alone serves it); the mail it loads
 * from {@code mails} needs the signed {@code t} the app gets from {@code lwork/mail/page_link}.
 */
@Path("livecommail")
@Tag(name = "lwork mail page", description = "voip.md VOIP-41")
public class MailPageResource {
    private static final int LISTED = 50;

    @Context
    ServletContext servlet;
    @Inject
    LworkCallers callers;
    @Inject
    MailService mail;
    @Inject
    NotifySettings settings;
    @Inject
    NotifyKeys keys;

    /** VOIP-41 Mail list page (HTML). */
    @GET
    @Path("index.html")
    @Produces("text/html; charset=utf-8")
    @Operation(summary = "VOIP-41 Mail list page (H5)")
    public Response page() {
        InputStream in = servlet.getResourceAsStream("/livecommail/index.html");
        if (in == null) {
            throw new NotFoundException();
        }
        return Response.ok(in).header("Cache-Control", "no-cache").build();
    }

    /** VOIP-41 data: the user's newest mail, for a viewer holding the user's signed parameter. */
    @GET
    @Path("mails")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VOIP-41 Mail list data (needs the signed t of lwork/mail/page_link)")
    public JsonObject mails(@QueryParam("uuid") String uuid, @QueryParam("t") String t) {
        if (!new MailPageTokens(keys.pageKey()).valid(uuid, t, Instant.now())) {
            throw new LworkFailure("page_token_invalid");
        }
        Party user = callers.pageViewer(uuid);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (MailItem i : mail.recent(user.id(), LISTED)) {
            JsonObjectBuilder o = Jsons.createObjectBuilder().add("uid", i.uid())
                    .add("mail_acc", nz(mail.mailAccOf(i.mailAccountId())))
                    .add("from", nz(i.sender())).add("subject", nz(i.subject())).add("seen", i.seen());
            Instant when = i.sentAt() != null ? i.sentAt() : i.createdAt();
            o.add("date", when.toString());
            list.add(o);
        }
        return ok().add("mails", list).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
