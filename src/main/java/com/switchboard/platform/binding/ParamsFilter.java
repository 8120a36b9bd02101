package com.switchboard.platform.binding;

import com.switchboard.platform.envelope.DataEnvelope;
import com.switchboard.platform.wire.ApiFailure;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import com.switchboard.platform.wire.Family;

import java.nio.charset.StandardCharsets;

/**
 * Reads the query string and the body (JSON or form) of every API request into one JSON object of parameters, body
 * winning, before the resource runs. Families that accept the {@code data_enc} envelope unwrap it here and mark the
 * request so that the reply is enveloped too. A {@link StreamedMultipart} method's multipart body is left to it.
 */
@Provider
public class ParamsFilter implements ContainerRequestFilter {
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resource;
    public static final String PARAMS = "switchboard.params";
    public static final String ENVELOPED = "switchboard.enveloped";
    /** An XML body (WeChat Pay's notification) is kept as text for its resource, not read as parameters. */
    public static final String XML_BODY = "switchboard.xml-body";

    @Override
    public void filter(ContainerRequestContext request) {
        Family family = Family.of(request.getUriInfo().getPath());
        if (family == Family.OPS || family == Family.NONE) {
            return;
        }
        JsonObject query = RequestBodies.fromQuery(request.getUriInfo().getQueryParameters());
        request.setProperty(PARAMS, query); // usable even if the body turns out bad
        if (streamsMultipart(request.getMediaType())) {
            return; // the resource reads the body as a stream (MultipartForm)
        }
        byte[] raw = RequestBodies.readLimited(request.getEntityStream(), request.getLength());
        String text = new String(raw, StandardCharsets.UTF_8);
        MediaType type = request.getMediaType();
        if (type != null && type.getSubtype().endsWith("xml")) {
            request.setProperty(XML_BODY, text);
            return;
        }
        if (text.isBlank() && family == Family.SIGNALING && query.isEmpty()) {
            // signaling.md §0.1: the body is a JSON object; nothing at all is malformed, not a missing field
            throw ApiFailure.invalidParams("malformed JSON");
        }
        JsonObject body = text.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : parseBody(request.getMediaType(), text);
        if (family.acceptsEnvelope() && isEnvelope(body)) {
            request.setProperty(ENVELOPED, Boolean.TRUE);
            String plain = DataEnvelope.openRequest(body.getString(DataEnvelope.KEY));
            body = RequestBodies.parseJsonObject(plain);
        }
        request.setProperty(PARAMS, RequestBodies.merge(query, body));
    }

    private boolean streamsMultipart(MediaType type) {
        return type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) && resource != null
                && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(StreamedMultipart.class);
    }

    private static JsonObject parseBody(MediaType type, String text) {
        // Clients of the seeds post JSON with whatever content type their HTTP library defaults to.
        if (text.stripLeading().startsWith("{") || type == null || type.getSubtype().endsWith("json")) {
            return RequestBodies.parseJsonObject(text);
        }
        if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return RequestBodies.parseForm(text);
        }
        throw ApiFailure.invalidParams("unsupported body type " + type);
    }

    private static boolean isEnvelope(JsonObject body) {
        return body.size() == 1 && body.get(DataEnvelope.KEY) instanceof JsonString;
    }
}
