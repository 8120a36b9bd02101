package com.switchboard.platform.binding;

import com.switchboard.platform.wire.ApiFailure;
import com.switchboard.platform.wire.ErrorKind;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Reads request bodies and query strings into JSON objects, within the size limit. */
public final class RequestBodies {
    /** Bodies over 1 MiB are refused. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private RequestBodies() {
    }

    public static byte[] readLimited(InputStream in, long declaredLength) {
        if (declaredLength > MAX_BODY_BYTES) {
            throw ApiFailure.of(ErrorKind.TOO_LARGE, "body over " + MAX_BODY_BYTES + " bytes");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > MAX_BODY_BYTES) {
                    throw ApiFailure.of(ErrorKind.TOO_LARGE, "body over " + MAX_BODY_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiFailure.invalidParams("unreadable body");
        }
    }

    public static JsonObject parseJsonObject(String text) {
        try {
            JsonValue value = JsonText.read(text);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiFailure.invalidParams("body must be a JSON object");
            }
            return value.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw ApiFailure.invalidParams("malformed JSON");
        }
    }

    public static JsonObject parseForm(String text) {
        JsonObjectBuilder builder = Jsons.createObjectBuilder();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                builder.add(key, value);
            } catch (IllegalArgumentException e) {
                throw ApiFailure.invalidParams("malformed form body");
            }
        }
        return builder.build();
    }

    public static JsonObject fromQuery(MultivaluedMap<String, String> query) {
        JsonObjectBuilder builder = Jsons.createObjectBuilder();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!e.getValue().isEmpty()) {
                builder.add(e.getKey(), e.getValue().get(0));
            }
        }
        return builder.build();
    }

    /** Body wins over query string (voip.md §0.3, heihei.md §0.2). */
    public static JsonObject merge(JsonObject query, JsonObject body) {
        JsonObjectBuilder builder = Jsons.createObjectBuilder(query);
        body.forEach(builder::add);
        return builder.build();
    }
}
