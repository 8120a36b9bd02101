package com.switchboard.platform.binding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;

/** The current request's merged parameters, as read by the family's {@link ParamsFilter}. */
@RequestScoped
public class RequestParams {
    @Inject
    HttpServletRequest request;
    @Inject
    RecordValidator validator;

    public JsonObject raw() {
        Object params = request.getAttribute(ParamsFilter.PARAMS);
        return params instanceof JsonObject json ? json : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** Every parameter as text, as a provider's signed form is verified (a signature covers the text sent). */
    public java.util.Map<String, String> asText() {
        java.util.Map<String, String> form = new java.util.HashMap<>();
        raw().forEach((k, v) -> form.put(k, v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()));
        return form;
    }

    /** The XML body of the request, or empty text (see {@link ParamsFilter#XML_BODY}). */
    public String xmlBody() {
        Object xml = request.getAttribute(ParamsFilter.XML_BODY);
        return xml instanceof String s ? s : "";
    }

    /**
     * A credential the request carries as the parameter {@code name} or as {@code Authorization: Bearer}; empty
     * when it carries none (or outside a request).
     */
    public java.util.Optional<String> credential(String name) {
        if (raw().get(name) instanceof jakarta.json.JsonString s && !s.getString().isBlank()) {
            return java.util.Optional.of(s.getString().trim());
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7) {
            return java.util.Optional.of(header.substring(7).trim());
        }
        return java.util.Optional.empty();
    }

    /** The client's address as this server sees it (the proxy's, behind one). */
    public String clientAddress() {
        return request.getRemoteAddr();
    }

    /** Binds and validates the parameters as {@code type}; failures are {@code INVALID_PARAMS}. */
    public <R extends Record> R bind(Class<R> type) {
        return bind(raw(), type);
    }

    /** Binds and validates parameters read apart (a {@link MultipartForm}'s fields) as {@code type}. */
    public <R extends Record> R bind(JsonObject params, Class<R> type) {
        return new ParamBinder(validator.get()).bind(params, type);
    }
}
