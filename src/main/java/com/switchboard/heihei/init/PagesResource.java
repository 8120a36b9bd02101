package com.switchboard.heihei.init;

import com.switchboard.platform.web.WarFiles;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * The pages HH-INIT-01 names without an endpoint of their own (heihei.md §15: {@code aboutus.socialPact},
 * {@code aboutus.serviceTerms}, {@code aboutus.contactUs}, {@code payment.payAgreement}); the operator's text
 * replaces the placeholders in {@code static/heihei/}.
 */
@Path("static/heihei")
@Tag(name = "heihei init")
public class PagesResource {
    private static final String HTML = "text/html; charset=utf-8";
    private static final Map<String, String> PAGES = Map.of("social-pact.html", HTML, "service-terms.html", HTML,
            "contact-us.html", HTML, "pay-agreement.html", HTML);

    @Context
    ServletContext servlet;

    /** HH-INIT-01 aboutus and payment pages. */
    @GET
    @Path("{page}")
    @Operation(summary = "HH-INIT-01 Pages named by init (about us, service terms, social pact, payment agreement)")
    public Response heiheiPage(@PathParam("page") String page) {
        return WarFiles.serve(servlet, "/static/heihei/", PAGES, page);
    }
}
