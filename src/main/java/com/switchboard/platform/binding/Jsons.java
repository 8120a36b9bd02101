package com.switchboard.platform.binding;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import java.io.Reader;
import java.util.Collection;
import java.util.Map;

/**
 * {@link jakarta.json.Json}'s factory methods on a provider looked up once. Every {@code Json.createXxx} call asks
 * {@link JsonProvider#provider()}, which on Liberty is a {@code Class.forName} plus a {@code ServiceLoader} scan of
 * the application's class path under class-loader locks: profiled at a third of the lock waits of a p2p call start.
 */
public final class Jsons {
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(JsonObject object) {
        return PROVIDER.createObjectBuilder(object);
    }

    public static JsonObjectBuilder createObjectBuilder(Map<String, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) map;
        return PROVIDER.createObjectBuilder(values);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }

    /** For trusted text only (our own rows and messages); a client's text goes through {@link JsonText}. */
    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }
}
