package com.switchboard.platform.binding;

import jakarta.json.JsonException;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Map;

/**
 * The one way untrusted JSON text is read: nesting is bounded before the parser sees it (a recursive parser or
 * printer would otherwise spend its stack on {@code [[[[…}), and every parser failure is a {@link JsonException}.
 */
public final class JsonText {
    /** Deeper than any request of the seeds (they nest 3 levels at most). */
    public static final int MAX_DEPTH = 100;
    /** Looked up once: {@code Json.createReader} searches for the JSON provider on every call. */
    private static final JsonReaderFactory READERS = Jsons.PROVIDER.createReaderFactory(Map.of());

    private JsonText() {
    }

    /** Parses any JSON value; too deep or malformed text is a {@link JsonException}. */
    public static JsonValue read(String text) {
        requireDepth(text, MAX_DEPTH);
        try (var reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // the parser's own IllegalStateException/NumberFormatException on odd input
            throw new JsonException("malformed JSON");
        }
    }

    /** Fails when brackets outside strings nest deeper than {@code max}; linear, no allocation. */
    static void requireDepth(String text, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > max) {
                    throw new JsonException("JSON nested deeper than " + max);
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }
}
