package com.switchboard.platform.binding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

/** The current request's merged parameters, as read by the family's {@link ParamsFilter}. */
@RequestScoped
public class RequestParams {
    @Inject
    HttpServletRequest request;
    @Inject
    Validator validator;

    public JsonObject raw() {
        Object params = request.getAttribute(ParamsFilter.PARAMS);
        return params instanceof JsonObject json ? json : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** The XML body of the request, or empty text (see {@link ParamsFilter#XML_BODY}). */
    public String xmlBody() {
        Object xml = request.getAttribute(ParamsFilter.XML_BODY);
        return xml instanceof String s ? s : "";
    }

    /** Binds and validates the parameters as {@code type}; failures are {@code INVALID_PARAMS}. */
    public <R extends Record> R bind(Class<R> type) {
        return new ParamBinder(validator).bind(raw(), type);
    }
}
