package com.switchboard.platform.binding;

import com.switchboard.platform.wire.ApiFailure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartFormTest {
    private static final String B = "xyzBoundary";
    private static final MediaType TYPE = new MediaType("multipart", "form-data", Map.of("boundary", B));

    private static byte[] body(String fileContent, String... fields) {
        StringBuilder s = new StringBuilder("preamble\r\n");
        for (int i = 0; i < fields.length; i += 2) {
            s.append("--").append(B).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        if (fileContent != null) {
            s.append("--").append(B).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.mp3\"")
                    .append("\r\nContent-Type: audio/mpeg\r\n\r\n").append(fileContent).append("\r\n");
        }
        return s.append("--").append(B).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MultipartForm read(byte[] body, long max) {
        return MultipartForm.read(new ByteArrayInputStream(body), TYPE, Jsons.createObjectBuilder()
                .add("token", "from-query").add("kept", "q").build(), "file", max);
    }

    @Test
    void fieldsWinOverTheQueryAndTheFileIsKeptWithItsMd5() throws Exception {
        try (MultipartForm form = read(body("ID3 voice", "token", "t1", "名字", "值"), 100)) {
            assertEquals("t1", form.fields().getString("token"));
            assertEquals("q", form.fields().getString("kept"));
            assertEquals("值", form.fields().getString("名字"));
            MultipartForm.FilePart f = form.file().orElseThrow();
            assertEquals("a.mp3", f.fileName());
            assertEquals(9, f.size());
            assertFalse(f.tooLarge());
            assertArrayEquals("ID3 voice".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f.path()));
            assertArrayEquals(MessageDigest.getInstance("MD5").digest("ID3 voice".getBytes(StandardCharsets.UTF_8)),
                    f.md5());
            form.close();
            assertFalse(Files.exists(f.path()), "closing deletes the file");
        }
    }

    @Test
    void aLargerFileIsReadThroughKeptNowhereAndTheFieldsAfterItStillCount() {
        String big = "x".repeat(5000);
        byte[] raw = (new String(body(big), StandardCharsets.UTF_8).replace("--" + B + "--\r\n", "")
                + "--" + B + "\r\nContent-Disposition: form-data; name=\"after\"\r\n\r\nyes\r\n--" + B + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        try (MultipartForm form = read(raw, 1000)) {
            MultipartForm.FilePart f = form.file().orElseThrow();
            assertTrue(f.tooLarge());
            assertNull(f.path());
            assertEquals(5000, f.size());
            assertEquals("yes", form.fields().getString("after"));
        }
    }

    @Test
    void noFileIsEmptyAndMalformedBodiesAreInvalidParams() {
        try (MultipartForm form = read(body(null, "a", "1"), 100)) {
            assertTrue(form.file().isEmpty());
        }
        assertThrows(ApiFailure.class, () -> read(("--" + B + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1")
                .getBytes(StandardCharsets.UTF_8), 100));
        assertThrows(ApiFailure.class, () -> read(body(null, "long", "x".repeat(MultipartForm.MAX_FIELD_BYTES + 1)),
                100));
        assertThrows(ApiFailure.class, () -> MultipartForm.read(new ByteArrayInputStream(new byte[0]),
                MediaType.MULTIPART_FORM_DATA_TYPE, JsonValue.EMPTY_JSON_OBJECT, "file", 100), "no boundary");
        String[] many = new String[2 * (MultipartForm.MAX_PARTS + 1)];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = "f" + i;
            many[i + 1] = "v";
        }
        assertThrows(ApiFailure.class, () -> read(body(null, many), 100));
    }
}
