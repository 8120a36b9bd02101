package com.switchboard.platform.binding;

import com.switchboard.platform.wire.ApiFailure;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import org.apache.commons.fileupload2.core.MultipartInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) read as a stream: text fields into parameters (each bounded), the one
 * file field into a temporary file with its size and MD5, never more than {@code maxFileBytes} of it kept; a larger
 * file is read through and discarded, so the client still gets its reply. The caller deletes the file.
 */
public final class MultipartForm implements AutoCloseable {
    static final int MAX_FIELD_BYTES = 4096;
    static final int MAX_PARTS = 16;
    private static final Pattern NAME = Pattern.compile("(?i)[;\\s]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");

    /** The file field: where it was kept, its size, its MD5; {@code tooLarge} when it passed the limit (not kept). */
    public record FilePart(Path path, long size, byte[] md5, boolean tooLarge, String fileName) {
    }

    private final JsonObject fields;
    private final FilePart file;

    private MultipartForm(JsonObject fields, FilePart file) {
        this.fields = fields;
        this.file = file;
    }

    /** Query parameters, then the body's text fields (body wins). */
    public JsonObject fields() {
        return fields;
    }

    public Optional<FilePart> file() {
        return Optional.ofNullable(file);
    }

    /**
     * @param query        the parameters bound from the query string
     * @param fileField    the one field that may carry a file
     * @throws ApiFailure  INVALID_PARAMS when the body is not well-formed multipart or a field is too long
     */
    public static MultipartForm read(InputStream body, MediaType type, JsonObject query, String fileField,
                                     long maxFileBytes) {
        String boundary = type == null ? null : type.getParameters().get("boundary");
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) || boundary == null
                || boundary.isEmpty() || boundary.length() > 70) {
            throw ApiFailure.invalidParams("multipart/form-data with a boundary expected");
        }
        JsonObjectBuilder fields = Jsons.createObjectBuilder(query);
        FilePart file = null;
        try {
            MultipartInput in = MultipartInput.builder().setInputStream(body)
                    .setBoundary(boundary.getBytes(StandardCharsets.ISO_8859_1)).setPartHeaderSizeMax(4096).get();
            boolean more = in.skipPreamble();
            for (int parts = 0; more; parts++) {
                if (parts == MAX_PARTS) {
                    throw ApiFailure.invalidParams("more than " + MAX_PARTS + " parts");
                }
                String headers = in.readHeaders();
                String name = first(NAME, headers);
                String fileName = first(FILE_NAME, headers);
                if (name == null) {
                    in.discardBodyData();
                } else if (name.equals(fileField) && fileName != null && file == null) {
                    file = keep(in, fileName, maxFileBytes);
                } else {
                    ByteArrayOutputStream text = new ByteArrayOutputStream();
                    try (InputStream part = in.newInputStream()) {
                        copy(part, text, MAX_FIELD_BYTES, name);
                    }
                    fields.add(name, text.toString(StandardCharsets.UTF_8));
                }
                more = in.readBoundary();
            }
        } catch (IOException e) {
            discard(file);
            throw ApiFailure.invalidParams("malformed multipart body");
        } catch (RuntimeException e) {
            discard(file);
            throw e;
        }
        return new MultipartForm(fields.build(), file);
    }

    private static FilePart keep(MultipartInput in, String fileName, long maxFileBytes) throws IOException {
        Path path = Files.createTempFile("multipart-", ".part");
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        boolean tooLarge = false;
        try (InputStream part = in.newInputStream(); OutputStream out = Files.newOutputStream(path)) {
            byte[] buffer = new byte[16384];
            for (int n; (n = part.read(buffer)) != -1; ) {
                size += n;
                if (!tooLarge && size > maxFileBytes) {
                    tooLarge = true; // read on to the end, keep nothing more
                }
                if (!tooLarge) {
                    md5.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        if (tooLarge) {
            Files.deleteIfExists(path);
        }
        return new FilePart(tooLarge ? null : path, size, md5.digest(), tooLarge, fileName);
    }

    private static void copy(InputStream in, OutputStream out, int max, String name) throws IOException {
        byte[] buffer = new byte[1024];
        int total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                throw ApiFailure.invalidParams("field " + name + " over " + max + " bytes");
            }
            out.write(buffer, 0, n);
        }
    }

    private static String first(Pattern p, String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                Matcher m = p.matcher(line);
                return m.find() ? m.group(1) : null;
            }
        }
        return null;
    }

    private static void discard(FilePart file) {
        if (file != null && file.path() != null) {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException ignored) {
                // a temporary file; the OS cleans up
            }
        }
    }

    @Override
    public void close() {
        discard(file);
    }
}
