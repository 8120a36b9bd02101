package com.switchboard.ops;

import com.switchboard.platform.web.WarFiles;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Map;

/**
 * The ops dashboard ({@code /ops/ui/}): plain HTML and script from the WAR, with the charting library vendored from
 * npm. It holds no data; the page asks for the ops token once, keeps it in the browser session and calls the ops
 * endpoints with it.
 */
@Path("ops/ui")
public class OpsUiResource {
    private static final String DIR = "/static/ops/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "dashboard.js", "text/javascript; charset=utf-8",
            "dashboard.css", "text/css; charset=utf-8",
            "uPlot.iife.min.js", "text/javascript; charset=utf-8",
            "uPlot.min.css", "text/css; charset=utf-8");

    @Context
    ServletContext servlet;

    static boolean isPage(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("ops/ui") || p.startsWith("ops/ui/");
    }

    @GET
    @Operation(summary = "The ops dashboard's page (/ops/ui/; /ops/ui redirects there)")
    public Response dashboardPage(@Context UriInfo uri) {
        String path = uri.getRequestUri().getPath();
        if (!path.endsWith("/")) { // the page's files are relative to the folder
            return Response.seeOther(URI.create(path + "/")).build();
        }
        return WarFiles.serve(servlet, DIR, FILES, "index.html");
    }

    @GET
    @Path("{file}")
    @Operation(summary = "The ops dashboard's script, style and vendored charting library")
    public Response dashboardFile(@PathParam("file") String file) {
        return WarFiles.serve(servlet, DIR, FILES, file);
    }
}
