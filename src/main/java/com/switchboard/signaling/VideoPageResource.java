package com.switchboard.signaling;

import com.switchboard.platform.web.WarFiles;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** SIG-13 serves the video room page and its script from the WAR. */
@Path("static/demo")
public class VideoPageResource {
    private static final Map<String, String> FILES = Map.of(
            "direct_chat.html", "text/html; charset=utf-8",
            "direct_chat.js", "text/javascript; charset=utf-8");

    @Context
    ServletContext servlet;

    /** SIG-13 Video room page ({@code direct_chat.html?room_id=…}). */
    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        return WarFiles.serve(servlet, "/static/demo/", FILES, file);
    }
}
