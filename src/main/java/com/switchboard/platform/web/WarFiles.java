package com.switchboard.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.Map;

/**
 * Pages and scripts shipped in the WAR under {@code /static/…}. The JAX-RS application owns {@code /*}, so the
 * container's file servlet never sees these paths: a resource serves a fixed list of names from a directory.
 */
public final class WarFiles {
    private WarFiles() {
    }

    /**
     * @param files the names served, each with its content type; any other name is 404
     */
    public static Response serve(ServletContext servlet, String directory, Map<String, String> files, String name) {
        String type = files.get(name);
        InputStream in = type == null ? null : servlet.getResourceAsStream(directory + name);
        if (in == null) {
            throw new NotFoundException();
        }
        return Response.ok(in, type).header("Cache-Control", "no-cache").build();
    }
}
