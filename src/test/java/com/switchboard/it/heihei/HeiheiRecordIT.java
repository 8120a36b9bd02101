package com.switchboard.it.heihei;

import com.switchboard.heihei.upload.FakeAliyun;
import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HH-TOPIC-10..13: multipart uploads through the platform's streamed binding into the object store (the local OSS,
 * reached by the server's own signed PutObject), each refusal, the feed's cursor, delete and listen; a 50 MB upload
 * is refused and nothing kept (its heap cost is measured in bench/heihei-record).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiRecordIT {
    static final String BOUNDARY = "----heiheiRecordBoundary7MA4YWxk";
    private static FakeAliyun aliyun;
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @BeforeAll
    static void startAliyun() throws Exception {
        aliyun = new FakeAliyun(Integer.getInteger("it.fake.aliyun.port", 9198), "LTAI-it", "it-aliyun-secret");
    }

    @AfterAll
    static void stopAliyun() {
        aliyun.close();
    }

    /** A multipart/form-data body: the text fields, then (when {@code file} is not null) the file part. */
    static InputStream multipart(Map<String, String> fields, String fileName, InputStream file) {
        StringBuilder head = new StringBuilder();
        fields.forEach((k, v) -> head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        if (file == null) {
            head.append("--").append(BOUNDARY).append("--\r\n");
            return new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8));
        }
        head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: audio/mpeg\r\n\r\n");
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)), file),
                new ByteArrayInputStream(tail));
    }

    private JsonObject upload(Map<String, String> fields, String fileName, InputStream file) {
        Api.Reply r = hh.api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/record/upload-record"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> multipart(fields, fileName, file)))
                .timeout(Duration.ofSeconds(120)).build());
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    private JsonObject upload(User user, byte[] audio, String md5, int seconds) {
        return upload(Map.of("token", user.token(), "fileName", "voice.mp3", "fileMd5", md5,
                "recordLength", Integer.toString(seconds)), "voice.mp3", new ByteArrayInputStream(audio));
    }

    private JsonObject feed(User user, long score) {
        JsonObject reply = hh.call("api/record/refresh-record", user, fields().add("score", score));
        assertCode(0, reply);
        return reply.getJsonObject("data");
    }

    @Test
    void aRecordIsStoredListedReadAndDeletedByItsOwnerOnly() throws Exception {
        User owner = hh.signIn();
        User listener = hh.signIn();
        byte[] audio = new byte[20_000];
        new java.util.Random(7).nextBytes(audio);
        assertCode(0, upload(owner, audio, md5(audio), 8));

        JsonObject mine = feed(owner, 0).getJsonObject("mine");
        assertEquals(owner.id(), mine.getJsonNumber("userId").longValue());
        assertEquals(8, mine.getInt("redordLength"));
        assertEquals(1, mine.getInt("status"));
        assertFalse(mine.containsKey("score"));
        String path = mine.getString("recordPath");
        String key = path.substring(path.indexOf("record/"));
        assertArrayEquals(audio, aliyun.objects.get(HeiheiUploadIT.BUCKET + "/" + key), "the object store has it");

        JsonArray records = feed(listener, 0).getJsonArray("records");
        JsonObject listed = records.stream().map(JsonObject.class::cast)
                .filter(r -> r.getInt("recordId") == mine.getInt("recordId")).findFirst().orElseThrow();
        assertEquals(owner.id(), listed.getJsonObject("userInfo").getJsonNumber("id").longValue());
        assertFalse(listed.getJsonObject("userInfo").getBoolean("isFollow"));
        assertTrue(listed.getJsonNumber("score").longValue() > 0);
        assertFalse(feed(listener, listed.getJsonNumber("score").longValue()).getJsonArray("records").stream()
                .anyMatch(r -> r.asJsonObject().getInt("recordId") == listed.getInt("recordId")), "after the cursor");
        assertFalse(feed(listener, 0).containsKey("mine"), "the listener has no record");

        int id = mine.getInt("recordId");
        JsonObject read = hh.call("api/record/read-record", listener, fields().add("recordId", id));
        assertCode(0, read);
        assertEquals(id, read.getJsonObject("record").getInt("recordId"));
        assertCode(757, hh.call("api/record/delete-record", listener, fields().add("recordId", id)), "not the owner");
        assertCode(0, hh.call("api/record/delete-record", owner, fields().add("recordId", id)));
        assertCode(757, hh.call("api/record/read-record", listener, fields().add("recordId", id)));
        assertCode(757, hh.call("api/record/delete-record", owner, fields().add("recordId", id)));
        assertFalse(feed(owner, 0).containsKey("mine"));
    }

    @Test
    void eachBadUploadIsRefusedInItsOwnCode() throws Exception {
        User u = hh.signIn();
        byte[] audio = "ID3 short voice".getBytes(StandardCharsets.UTF_8);
        assertCode(754, upload(u, audio, md5("other".getBytes(StandardCharsets.UTF_8)), 8), "MD5 mismatch");
        assertCode(754, upload(u, audio, "not-hex", 8));
        assertCode(755, upload(u, audio, md5(audio), 1), "too short");
        assertCode(700, upload(Map.of("token", u.token(), "fileName", "voice.mp3", "fileMd5", md5(audio),
                "recordLength", "8"), null, null), "no file");
        assertCode(700, upload(Map.of("token", u.token(), "fileName", "voice.exe", "fileMd5", md5(audio),
                "recordLength", "8"), "voice.exe", new ByteArrayInputStream(audio)));
        assertCode(720, upload(Map.of("token", "nope", "fileName", "voice.mp3", "fileMd5", md5(audio),
                "recordLength", "8"), "voice.mp3", new ByteArrayInputStream(audio)));
        assertCode(700, hh.call("api/record/upload-record", u, fields().add("fileName", "voice.mp3")
                .add("fileMd5", md5(audio)).add("recordLength", 8)), "a JSON body carries no file");
        Api.Reply broken = hh.api.post("api/record/upload-record", "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + u.token());
        assertEquals(200, broken.status());
        assertCode(700, broken.json(), "a truncated body");
        assertCode(700, hh.call("api/record/refresh-record", u, fields()), "score is required");
        assertCode(757, hh.call("api/record/read-record", u, fields().add("recordId", 99999999)));
        assertFalse(feed(u, 0).containsKey("mine"), "nothing was kept");
        assertCode(700, hh.api.post("api/topic/topic-list", "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "--\r\n").json(), "multipart elsewhere is refused");
    }

    @Test
    void aFiftyMegabyteRecordIsRefusedAndNothingIsKept() throws Exception {
        User u = hh.signIn();
        long size = 50L << 20;
        InputStream zeros = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
        JsonObject reply = upload(Map.of("token", u.token(), "fileName", "big.mp3", "fileMd5", "00",
                "recordLength", "30"), "big.mp3", zeros);
        assertCode(756, reply, "read through to the end and refused");
        assertFalse(feed(u, 0).containsKey("mine"));
        assertTrue(List.of(aliyun.objects.keySet()).stream().noneMatch(k -> k.toString().contains("_" + u.id() + "_")));
    }
}
