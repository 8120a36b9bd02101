package com.switchboard.heihei.upload;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The embedded store's media, when no object store is configured: apps put an object with the HH-UPLOAD-01
 * credentials' security token and fetch it by its key. With Aliyun configured, media lives there and this answers 404.
 */
@Path("media")
@RequestScoped
@Tag(name = "heihei upload", description = "heihei.md §6")
public class MediaResource {
    static final Map<String, String> TYPES = Map.of("mp3", "audio/mpeg", "png", "image/png", "jpeg", "image/jpeg",
            "jpg", "image/jpeg");

    @Inject
    ObjectStore store;
    @Inject
    UploadSettings settings;
    @Inject
    UploadSigns signs;
    private static final String NOSNIFF = "X-Content-Type-Options";

    /** HH-UPLOAD-01 media, fetched. */
    @GET
    @Path("{key: [a-z]+/[A-Za-z0-9_.-]+}")
    @Operation(summary = "HH-UPLOAD-01 Fetch uploaded media (embedded store)")
    public Response media(@PathParam("key") String key) {
        if (!(store instanceof EmbeddedStore embedded)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return embedded.file(key).map(f -> Response.ok(f.toFile(), type(key)).header(NOSNIFF, "nosniff").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    /** HH-UPLOAD-01 media, put with the credentials' {@code x-oss-security-token}, as to OSS. */
    @PUT
    @Path("{key: [a-z]+/[A-Za-z0-9_.-]+}")
    @Operation(summary = "HH-UPLOAD-01 Put media with upload credentials (embedded store)",
            description = "Header x-oss-security-token from HH-UPLOAD-01's Credentials; 403 for another object, "
                    + "expired credentials or an object whose sign was already used, 413 over "
                    + "switchboard.heihei.upload.max-bytes, 415 when the body is not the key's type (png, jpeg, mp3).")
    public Response putMedia(@PathParam("key") String key, @HeaderParam("x-oss-security-token") String token,
                             @HeaderParam("Content-Length") Long length, InputStream body) throws IOException {
        if (!(store instanceof EmbeddedStore embedded) || !embedded.accepts(key, token)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        if (signs.sealed(key)) { // used in a message or a profile: what others were shown stays as it was
            return Response.status(Response.Status.FORBIDDEN).header(NOSNIFF, "nosniff").build();
        }
        if (length != null && length > settings.maxBytes()) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        java.io.PushbackInputStream in = new java.io.PushbackInputStream(body, MediaMagic.HEAD);
        byte[] head = in.readNBytes(MediaMagic.HEAD);
        if (!MediaMagic.matches(key, head, head.length)) {
            return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).header(NOSNIFF, "nosniff").build();
        }
        in.unread(head);
        return embedded.write(key, token, in, settings.maxBytes()) ? Response.ok().header(NOSNIFF, "nosniff").build()
                : Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
    }

    static String type(String key) {
        return TYPES.getOrDefault(key.substring(key.lastIndexOf('.') + 1), "application/octet-stream");
    }
}
