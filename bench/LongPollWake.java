import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a parked long-poll (VOIP-33) takes to hear of a login on another device (VOIP-38): the path REST ->
 * service -> JMS cluster.bus -> MDB -> parked poll. Reference, measured in the same run: the login request itself
 * (one PBKDF2 check + one transaction), so the ratio says what the push path adds on top of a plain request.
 *
 * Usage: java bench/LongPollWake.java [baseUrl] [opsToken] [rounds]
 */
public class LongPollWake {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String ops;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:9080/";
        ops = args.length > 1 ? args[1] : "bench-ops-token";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;

        String acc = "1370" + (System.currentTimeMillis() % 10_000_000L);
        post("lwork/sms/auth_code", "{\"acc\":\"" + acc + "\",\"device_id\":\"bench\",\"type\":\"register\"}");
        String outbox = get("ops/outbox?channel=sms&to=" + acc);
        Matcher code = Pattern.compile("\"code\":\"(\\d{6})\"").matcher(outbox);
        if (!code.find()) throw new IllegalStateException("no SMS code in " + outbox);
        String crc = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest((acc + "bench" + "dth_common").getBytes(StandardCharsets.UTF_8)));
        expectOk(post("lwork/mobile/self_register", "{\"acc\":\"" + acc + "\",\"name\":\"b" + acc
                + "\",\"pwd\":\"pw\",\"auth_code\":\"" + code.group(1)
                + "\",\"device_id\":\"bench\",\"group_id\":\"dth_common\",\"crc\":\"" + crc + "\"}"));

        List<Long> wake = new ArrayList<>();
        List<Long> login = new ArrayList<>();
        for (int i = 0; i < rounds + 20; i++) {
            String parkedDevice = "dev-" + i;
            expectOk(login(acc, parkedDevice));
            CompletableFuture<HttpResponse<String>> poll = HTTP.sendAsync(request("channel/push_service",
                    "{\"acc\":\"" + acc + "\",\"device_id\":\"" + parkedDevice + "\",\"self_phone\":\"" + acc + "\"}"),
                    HttpResponse.BodyHandlers.ofString());
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!get("ops/push/parked?acc=" + acc + "&device_id=" + parkedDevice).contains("\"parked\":true")) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("poll never parked");
                Thread.sleep(1);
            }
            long start = System.nanoTime();
            String other = login(acc, "other-" + i);
            long loggedIn = System.nanoTime();
            String answer = poll.get().body();
            long answered = System.nanoTime();
            expectOk(other);
            if (!answer.contains("login_otherwhere")) throw new IllegalStateException("poll answered " + answer);
            if (i >= 20) { // warm-up rounds are not counted
                login.add(loggedIn - start);
                wake.add(answered - start);
            }
        }
        report("login request (reference)", login);
        report("login -> parked poll answered", wake);
        System.out.printf("ratio (median wake / median login): %.2f%n", median(wake) / (double) median(login));
    }

    static String login(String acc, String device) throws Exception {
        return post("lwork/mobile/login", "{\"acc\":\"" + acc + "\",\"pwd\":\"pw\",\"device_id\":\"" + device
                + "\",\"clidata\":{\"os_type\":\"android\"}}");
    }

    static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-32s n=%d  median %.2f ms  p90 %.2f ms  p99 %.2f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 9 / 10) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)) / 1e6);
    }

    static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static HttpRequest request(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String post(String path, String json) throws Exception {
        return HTTP.send(request(path, json), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + ops)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static void expectOk(String reply) {
        if (!reply.contains("\"status\":\"ok\"")) throw new IllegalStateException(reply);
    }
}
