import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load drivers under bench/ share (they extend it and are compiled with it): an HTTP/1.1 client of one
 * server (the JDK client would speak h2c to Liberty and hit its stream limit), its ops token, and self-registered
 * lwork accounts.
 */
class BenchClient {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String ops;

    interface Driver {
        void run() throws Exception;
    }

    /** A driver's main: any failure ends the JVM with 1, so pool threads cannot keep it alive; success with 0. */
    static void runMain(Driver driver) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        try {
            driver.run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** A self-registered account (VOIP-03 + VOIP-05) logged in on an Android device: {acc, uuid}. */
    static String[] account(String accPrefix, String device) throws Exception {
        String acc = accPrefix + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        post("lwork/sms/auth_code", "{\"acc\":\"" + acc + "\",\"device_id\":\"" + device + "\",\"type\":\"register\"}");
        Matcher code = Pattern.compile("\"code\":\"(\\d{6})\"").matcher(opsGet("ops/outbox?channel=sms&to=" + acc));
        if (!code.find()) {
            throw new IllegalStateException("no SMS code");
        }
        String crc = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest((acc + device + "dth_common").getBytes(StandardCharsets.UTF_8)));
        String reg = post("lwork/mobile/self_register", "{\"acc\":\"" + acc + "\",\"name\":\"b" + acc
                + "\",\"pwd\":\"pw\",\"auth_code\":\"" + code.group(1) + "\",\"device_id\":\"" + device
                + "\",\"group_id\":\"dth_common\",\"crc\":\"" + crc + "\"}");
        Matcher uuid = Pattern.compile("\"uuid\":\"(\\d+)\"").matcher(reg);
        if (!uuid.find()) {
            throw new IllegalStateException(reg);
        }
        post("lwork/mobile/login", "{\"acc\":\"" + acc + "\",\"pwd\":\"pw\",\"device_id\":\"" + device
                + "\",\"clidata\":{\"os_type\":\"android\"}}");
        return new String[]{acc, uuid.group(1)};
    }

    /** A signed-in heihei user. */
    record HeiheiUser(String token, long id) {
    }

    private static final java.util.concurrent.atomic.AtomicLong PHONES =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);

    /** HH-USER-01 + HH-USER-03 for {@code n} new phones, 8 at a time; the SMS code read from the ops outbox. */
    static java.util.List<HeiheiUser> heiheiUsers(int n, String phonePrefix) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<HeiheiUser>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    String phone = phonePrefix + String.format("%08d", PHONES.incrementAndGet() % 100_000_000L);
                    post("api/user/get-sms-verification-code", "{\"phoneNo\":\"" + phone + "\"}");
                    Matcher code = Pattern.compile("\"code\":\"(\\d+)\"")
                            .matcher(opsGet("ops/outbox?channel=sms&to=" + phone));
                    if (!code.find()) throw new IllegalStateException("no SMS code for " + phone);
                    String reply = post("api/user/sign-in-cl-by-phone", "{\"phoneNo\":\"" + phone
                            + "\",\"verifyCode\":\"" + code.group(1) + "\"}");
                    Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(reply);
                    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(reply);
                    if (!token.find() || !id.find()) throw new IllegalStateException("sign-in: " + reply);
                    return new HeiheiUser(token.group(1), Long.parseLong(id.group(1)));
                }));
            }
            java.util.List<HeiheiUser> users = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<HeiheiUser> f : futures) {
                users.add(f.get());
            }
            return users;
        } finally {
            pool.shutdown();
        }
    }

    static String post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A kept-alive connection the server has just closed fails once; the request is sent again on a new one. */
    static String send(HttpRequest request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The process's user + system CPU time so far, in clock ticks (USER_HZ = 100: 10 ms each). */
    static long cpuTicks(long pid) throws IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** The {@code p} quantile of sorted values (NaN when there are none). */
    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }

    static String opsGet(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + ops)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
