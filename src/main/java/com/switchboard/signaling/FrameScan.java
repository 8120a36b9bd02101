package com.switchboard.signaling;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.StringReader;
import java.util.Map;

/**
 * Checks a relayed frame without building it: a streaming pass over the whole text proves it is one well-formed
 * JSON object and finds its top-level {@code type}. The relay then forwards the original text unchanged, so a room
 * message costs one parse and no re-serialisation.
 */
final class FrameScan {
    /** Looked up once: {@code Json.createParser} would search for the provider on every call. */
    private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());

    private FrameScan() {
    }

    /** The top-level string {@code type} of a well-formed JSON object, or null for anything else. */
    static String type(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return null;
            }
            String type = null;
            int depth = 1;
            boolean typeValueNext = false;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> typeValueNext = depth == 1 && "type".equals(parser.getString());
                    case VALUE_STRING -> {
                        if (typeValueNext) {
                            type = parser.getString();
                        }
                        typeValueNext = false;
                    }
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        typeValueNext = false;
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> typeValueNext = false;
                }
            }
            return depth == 0 ? type : null;
        } catch (JsonException | IllegalStateException e) {
            return null; // malformed, or text after the object
        }
    }
}
