package com.switchboard.it.heihei;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * heihei.md §0: every heihei endpoint the OpenAPI document lists answers malformed input with its envelope, HTTP 200
 * and {@code errorcode} 700 (bad parameter) or 720 (no valid token): an empty body, {@code {}, a JSON array, every
 * field of the wrong type and a 2 MB body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiHostileInputIT {
    private static final Set<Integer> REFUSED = Set.of(700, 720);
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private record Endpoint(String path, Set<String> fields) {
    }

    private record Payload(String name, String contentType, String body, Set<Integer> expected) {
    }

    private static Path messagesLog() {
        return Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"),
                "usr/servers/switchboard/logs/messages.log");
    }

    private static long logSize() throws java.io.IOException {
        return Files.exists(messagesLog()) ? Files.size(messagesLog()) : 0;
    }

    /** Lines over 2 KB the server logged since {@code from} (a stack trace per failure once filled the log). */
    private static List<String> longLogLines(long from) throws java.io.IOException {
        List<String> longLines = new ArrayList<>();
        if (!Files.exists(messagesLog())) {
            return longLines;
        }
        try (RandomAccessFile log = new RandomAccessFile(messagesLog().toFile(), "r")) {
            log.seek(Math.min(from, log.length()));
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                if (line.length() > 2048) {
                    longLines.add(line.substring(0, 300));
                }
            }
        }
        return longLines;
    }

    @Test
    void everyEndpointAnswersItsEnvelopeToMalformedInput() throws Exception {
        long logStart = logSize();
        User user = hh.signIn();
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() >= 25, "the OpenAPI document lists " + endpoints.size() + " heihei endpoints");
        assertTrue(endpoints.stream().filter(e -> !e.fields().isEmpty()).count() >= 20,
                "the document names the request fields: " + endpoints);
        String big = "{\"token\":\"" + user.token() + "\",\"x\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint e : endpoints) {
            List<Payload> payloads = new ArrayList<>(List.of(
                    // an endpoint that needs nothing (init, banners) may well succeed on nothing
                    new Payload("empty body", "application/json", "", Set.of(0, 700, 720)),
                    new Payload("unclosed", "application/json", "{", REFUSED),
                    new Payload("array", "application/json", "[1,2,3]", REFUSED),
                    new Payload("2 MB", "application/json", big, REFUSED),
                    new Payload("bad form", "application/x-www-form-urlencoded", "token=%zz&phoneNo=%", REFUSED)));
            for (String f : e.fields()) {
                if (f.equals("token")) {
                    payloads.add(new Payload("token object", "application/json",
                            "{\"token\":{\"t\":\"" + user.token() + "\"}}", REFUSED));
                    continue;
                }
                // out-of-range values: any answer of the envelope will do, as long as it is one
                for (String odd : List.of("\"" + "长".repeat(5000) + "\"", "-1", "9223372036854775808",
                        "[".repeat(300) + "]".repeat(300))) {
                    payloads.add(new Payload(f + " = " + odd.substring(0, Math.min(12, odd.length())),
                            "application/json", "{\"token\":\"" + user.token() + "\",\"" + f + "\":" + odd + "}",
                            null));
                }
                for (String wrong : List.of("{\"x\":1}", "[\"" + f + "\"]", "true", "1e400")) {
                    // a scalar is fair text for a string field (a form sends all as text: a log line, a search)
                    Set<Integer> expected = wrong.startsWith("{") || wrong.startsWith("[") ? Set.of(700)
                            : Set.of(0, 400, 700); // a scalar may be a legal value: then a business reply
                    payloads.add(new Payload(f + " = " + wrong, "application/json",
                            "{\"token\":\"" + user.token() + "\",\"" + f + "\":" + wrong + "}", expected));
                }
            }
            for (Payload p : payloads) {
                sent++;
                Api.Reply r = hh.api.send(HttpRequest.newBuilder(URI.create(Api.BASE + e.path().substring(1)))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", p.contentType())
                        .POST(HttpRequest.BodyPublishers.ofString(p.body())).build());
                String where = e.path() + " " + p.name();
                if (r.status() != 200) {
                    failures.add(where + " → HTTP " + r.status());
                    continue;
                }
                JsonValue reply;
                try (var reader = Json.createReader(new StringReader(r.body()))) {
                    reply = reader.readValue();
                } catch (RuntimeException notJson) {
                    failures.add(where + " → not JSON: " + r.body().substring(0, Math.min(120, r.body().length())));
                    continue;
                }
                if (!(reply instanceof JsonObject o) || !(o.get("errorcode") instanceof JsonNumber code)
                        || !o.containsKey("errormsg")
                        || p.expected() != null && !p.expected().contains(code.intValue())) {
                    failures.add(where + " → " + r.body().substring(0, Math.min(160, r.body().length())));
                }
            }
        }
        System.out.printf("HeiheiHostileInputIT: %d requests to %d endpoints, %d answered wrongly%n", sent,
                endpoints.size(), failures.size());
        assertEquals(List.of(), failures, failures.size() + " of " + sent + " failed");
        assertTrue(sent >= 2000, "sent " + sent);
        assertEquals(List.of(), longLogLines(logStart), "log lines over 2 KB");
    }

    @Test
    void pathsTheServerRefusesAnswerInTheHeiheiEnvelope() {
        for (String path : List.of("api/user%2F..%2Finfo", "api/user/%2e%2e/%2e%2e/ops/heihei/balance",
                "api/%2e%2e%2fops", "api/live/%5c..%5cx", "api/no-such-endpoint")) {
            Api.Reply r = hh.api.send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
            assertTrue(r.status() < 500, path + " → HTTP " + r.status());
            JsonObject body;
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                body = reader.readObject();
            } catch (RuntimeException notJson) {
                throw new AssertionError(path + " → not JSON: " + r.body().substring(0, Math.min(200, r.body().length())));
            }
            assertEquals(700, body.getInt("errorcode", -1), () -> path + " → " + body);
            assertTrue(!r.body().contains("at com.") && !r.body().contains("at io.openliberty"), r::body);
        }
    }

    /**
     * Every endpoint at once twenty times with the same plausible request (a double-tapping app, a retrying
     * client): each answers its envelope, never a 5xx, and nothing logs a stack trace.
     */
    @Test
    void twentyIdenticalRequestsAtOnceNeverFail() throws Exception {
        long logStart = logSize();
        User user = hh.signIn();
        User other = hh.signIn();
        long liveId = HeiheiLiveIT.createLive(hh, other, "并发");
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        int sent = 0;
        try {
            for (Endpoint e : endpoints()) {
                if (e.path().contains("sign-out")) {
                    continue; // it would end the token the sweep uses
                }
                jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder().add("token", user.token());
                for (String f : e.fields()) {
                    String lower = f.toLowerCase();
                    if (lower.equals("token")) {
                        continue;
                    } else if (lower.contains("live")) {
                        body.add(f, liveId);
                    } else if (lower.contains("user") || lower.contains("uid") || lower.contains("target")) {
                        body.add(f, other.id());
                    } else {
                        body.add(f, "1");
                    }
                }
                String json = body.build().toString();
                List<java.util.concurrent.Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    sent++;
                    calls.add(pool.submit(() -> {
                        Api.Reply r = hh.api.send(HttpRequest.newBuilder(URI.create(Api.BASE + e.path().substring(1)))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
                        if (r.status() >= 500 || !r.body().contains("\"errorcode\"")) {
                            failures.add(e.path() + " → HTTP " + r.status() + " "
                                    + r.body().substring(0, Math.min(120, r.body().length())));
                        }
                    }));
                }
                for (var c : calls) {
                    c.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("HeiheiHostileInputIT: %d concurrent identical requests, %d failed%n", sent,
                failures.size());
        assertEquals(List.of(), failures.stream().distinct().toList());
        assertEquals(List.of(), longLogLines(logStart), "log lines over 2 KB");
    }

    /** The heihei operations of the OpenAPI document with their request fields. */
    private List<Endpoint> endpoints() {
        JsonObject doc = hh.api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "openapi?format=JSON")).GET()
                .build()).json();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<Endpoint> out = new ArrayList<>();
        Map<String, JsonValue> paths = new LinkedHashMap<>(doc.getJsonObject("paths"));
        for (var path : paths.entrySet()) {
            String p = path.getKey();
            if (!(p.startsWith("/api/") || p.startsWith("/messageserver/")) || p.contains("{")) {
                continue;
            }
            JsonObject post = path.getValue().asJsonObject().getJsonObject("post");
            // the payment providers' notifications answer in the provider's terms (tested in HeiheiPayIT)
            if (post == null || post.toString().contains("\"text/plain\"")
                    || post.toString().contains("\"application/xml\"")) {
                continue;
            }
            Set<String> fields = new LinkedHashSet<>();
            String text = post.toString();
            int i = text.indexOf("#/components/schemas/");
            if (i >= 0) {
                int start = i + "#/components/schemas/".length();
                String ref = text.substring(start, text.indexOf('"', start));
                if (schemas.get(ref) instanceof JsonObject s && s.get("properties") instanceof JsonObject props) {
                    fields.addAll(props.keySet());
                }
            }
            out.add(new Endpoint(p, fields));
        }
        return out;
    }
}
