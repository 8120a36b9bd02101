import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Server CPU per request of the most-called endpoints, each next to Liberty serving a trivial JAX-RS endpoint
 * ({@code trivial/ping}, a second WAR in the same server) measured in the same run: closed loop, C clients, the
 * server's utime+stime from /proc/PID/stat over the window divided by the requests answered as expected. The
 * reference is measured before the endpoints and again after them; the ratio uses the median of its passes.
 *
 * Usage: java RequestsLoad baseUrl opsToken serverPid clients seconds rounds [id prefixes, comma-separated]
 */
public class RequestsLoad extends BenchClient {
    /** {@code expect}: a reply containing it counts; any other is printed once and counted as unexpected. */
    record Endpoint(String id, Call call, String expect) {
    }

    interface Call {
        String run() throws Exception;
    }

    static final String OK = "\"status\":\"ok\"";
    static long pid;
    static final List<String[]> POLLERS = new ArrayList<>();

    public static void main(String[] args) {
        runMain(() -> run(args));
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        ops = args[1];
        pid = Long.parseLong(args[2]);
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);

        String[] caller = account("15", "req-caller");
        String[] callee = account("15", "req-callee");
        List<String[]> p2pCallees = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            p2pCallees.add(account("15", "req-p2p-" + i));
        }
        String status = startCall(caller, "13900000001"); // simulated gateway: rings, then answers
        while (!get("lwork/mobile/voip/calls?session_id=" + status).contains("\"stats\"")) {
            Thread.sleep(50); // until the call is connected and reporting media stats
        }
        String sigPhone = "138" + String.format("%08d", ThreadLocalRandom.current().nextLong(100_000_000L));
        ops("POST", "ops/signaling/devices", "{\"phone\":\"" + sigPhone + "\",\"device_id\":\"tv-req\"}");
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(post("account/login",
                "{\"phone\":\"" + sigPhone + "\",\"device_id\":\"tv-req\"}"));
        if (!token.find()) {
            throw new IllegalStateException("no signaling token");
        }
        String sigToken = token.group(1);
        String[] isv = isvAccount();

        AtomicLong isvMillis = new AtomicLong(System.currentTimeMillis());
        List<Endpoint> endpoints = List.of(
                new Endpoint("VOIP-15 call status", () -> get("lwork/mobile/voip/calls?session_id=" + status),
                        "\"peer_status\":\"hookoff\""),
                new Endpoint("VOIP-33 long-poll re-issue", null, null), // driven by pollLoop
                new Endpoint("VOIP-13/35 p2p call start", () -> {
                    String[] to = p2pCallees.get(ThreadLocalRandom.current().nextInt(p2pCallees.size()));
                    return post("lwork/mobile/voip/calls", callBody(caller, to[0], ",\"type\":\"p2p\""));
                }, OK),
                new Endpoint("VOIP-01 login (incl. PBKDF2)", () -> post("lwork/mobile/login", "{\"acc\":\""
                        + callee[0] + "\",\"pwd\":\"pw\",\"device_id\":\"req-callee\",\"clidata\":{\"os_type\":"
                        + "\"android\"}}"), OK),
                new Endpoint("VOIP-49 package usage", () -> post("lwork/mobile/package_usage", "{\"uuid\":\""
                        + caller[1] + "\"}"), OK),
                new Endpoint("VOIP-24 call history", () -> post("lwork/mobile/call_history", "{\"uuid\":\""
                        + caller[1] + "\",\"device_id\":\"req-caller\",\"start_id\":0,\"num\":10}"), OK),
                new Endpoint("SIG-02 contacts", () -> post("getContactPersons", "{\"phone\":\"" + sigPhone
                        + "\",\"token\":\"" + sigToken + "\"}"), "\"errorCode\":0"),
                new Endpoint("CONF-03 ISV recharge (.do)", () -> {
                    String ts = Long.toString(isvMillis.updateAndGet(l -> Math.max(l + 1, System.currentTimeMillis())));
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put("account_identify", isv[0]);
                    f.put("amount", "1");
                    f.put("type", "01");
                    f.put("unit_price", "0.1");
                    f.put("ability_type", "COMM");
                    f.put("timestamp", ts);
                    f.put("sign", sha1(isv[0] + isv[1] + ts));
                    return get("httpIntf/accountRecharge.do?" + form(f));
                }, "\"result\":\"0\""));

        if (args.length > 6) { // only the endpoints whose ids start with one of these (bench/smoke.sh)
            List<String> only = List.of(args[6].split(","));
            endpoints = endpoints.stream().filter(e -> only.stream().anyMatch(e.id()::startsWith)).toList();
        }
        for (int c = 0; c < clients; c++) { // one polling device per client, registered before any window
            POLLERS.add(account("15", "req-poll-" + c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Endpoint trivial = new Endpoint("trivial JAX-RS (reference)", () -> get("trivial/ping"), "ok");
        // warm-up pass of everything, discarded
        measure(pool, clients, 5, trivial);
        for (Endpoint e : endpoints) {
            if (e.call() == null) {
                pollLoop(pool, clients, 5);
            } else {
                measure(pool, clients, 5, e);
            }
        }
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        // BENCH_WINDOWS=file: each measured window as "id<TAB>start ms<TAB>end ms", to cut a JFR recording by endpoint
        String windowsFile = System.getenv("BENCH_WINDOWS");
        StringBuilder windows = new StringBuilder();
        for (int r = 0; r < rounds; r++) { // interleaved: reference, every endpoint, in each round
            List<Endpoint> round = new ArrayList<>();
            round.add(trivial);
            round.addAll(endpoints);
            for (Endpoint e : round) {
                long from = System.currentTimeMillis();
                double[] m = e.call() == null ? pollLoop(pool, clients, seconds) : measure(pool, clients, seconds, e);
                windows.append(e.id()).append('\t').append(from).append('\t').append(System.currentTimeMillis())
                        .append('\n');
                results.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(m);
            }
        }
        if (windowsFile != null) {
            Files.writeString(Path.of(windowsFile), windows);
        }
        double reference = median(results.get(trivial.id()), 0);
        double hash = pbkdf2Micros();
        System.out.printf("%-32s %10s %12s %8s  (medians of %d rounds, %d clients, %d s each)%n", "endpoint",
                "req/s", "CPU us/req", "ratio", rounds, clients, seconds);
        for (var e : results.entrySet()) {
            double cpu = median(e.getValue(), 0);
            System.out.printf("%-32s %10.0f %12.1f %8.2f%n", e.getKey(), median(e.getValue(), 1), cpu, cpu / reference);
            if (e.getKey().startsWith("VOIP-01")) {
                System.out.printf("%-32s %10s %12.1f %8.2f   (minus one PBKDF2 check, %.0f us in the driver's JVM)%n",
                        "VOIP-01 login without the hash", "", cpu - hash, (cpu - hash) / reference, hash);
            }
        }
        pool.shutdownNow();
    }

    /** {CPU us per request, requests per second}. */
    static double[] measure(ExecutorService pool, int clients, int seconds, Endpoint e) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long cpu0 = cpuMicros();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String reply = e.call().run();
                    if (reply.contains(e.expect())) {
                        ok.incrementAndGet();
                    } else if (failed.incrementAndGet() == 1) {
                        System.err.println(e.id() + ": unexpected reply " + reply);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        long cpu = cpuMicros() - cpu0;
        if (failed.get() > 0) {
            System.err.printf("%s: %d unexpected replies%n", e.id(), failed.get());
        }
        return new double[]{cpu / (double) Math.max(1, ok.get()), ok.get() / (double) seconds};
    }

    /**
     * VOIP-33 as a client re-issues it: each client keeps one poll parked for its device and sends the next, which
     * answers the parked one at once (one pending poll per device). One request = one poll parked and answered.
     */
    static double[] pollLoop(ExecutorService pool, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong();
        long cpu0 = cpuMicros();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String device = "req-poll-" + c;
            String[] acc = POLLERS.get(c);
            runs.add(pool.submit(() -> {
                CompletableFuture<HttpResponse<String>> parked = poll(acc, device);
                while (System.nanoTime() < end) {
                    Thread.sleep(1); // let it park; the next poll would otherwise race it to the server
                    CompletableFuture<HttpResponse<String>> next = poll(acc, device);
                    if (parked.get().body().contains("\"status\":\"ok\"")) {
                        ok.incrementAndGet();
                    }
                    parked = next;
                }
                return null;
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        long cpu = cpuMicros() - cpu0;
        return new double[]{cpu / (double) Math.max(1, ok.get()), ok.get() / (double) seconds};
    }

    static CompletableFuture<HttpResponse<String>> poll(String[] acc, String device) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "channel/push_service"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"acc\":\"" + acc[0] + "\",\"device_id\":\"" + device + "\",\"self_phone\":\"" + acc[0]
                                + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String startCall(String[] caller, String to) throws Exception {
        String reply = post("lwork/mobile/voip/calls", callBody(caller, to, ""));
        Matcher sid = Pattern.compile("\"session_id\":\"([0-9a-f-]{36})\"").matcher(reply);
        if (!sid.find()) {
            throw new IllegalStateException(reply);
        }
        return sid.group(1);
    }

    static String callBody(String[] caller, String to, String more) {
        return "{\"user_id\":\"" + caller[1] + "\",\"caller_phone\":\"" + caller[0] + "\",\"callee_phone\":\"" + to
                + "\",\"sdp\":{\"ip\":\"10.0.0.1\",\"port\":4000},\"userclass\":\"bench\",\"dev_id\":\"req-caller\""
                + ",\"acc\":\"" + caller[0] + "\",\"clidata\":{\"os_type\":\"android\"}" + more + "}";
    }

    /** An ISV application and organisation account (CONF-02): {account_identify, key_temp}. */
    static String[] isvAccount() throws Exception {
        String app = ops("POST", "ops/isv/apps", "{\"name\":\"bench app\"}");
        String id = field(app, "account_identifer");
        String key = field(app, "key_temp");
        String ts = Long.toString(System.currentTimeMillis());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("account_identifer", id);
        f.put("company_identifer", "bench" + ts);
        f.put("authData", "{\"name\":\"bench\",\"telephone\":\"01088886666\",\"linker\":\"x\"}");
        f.put("record_url", "");
        f.put("status_url", "");
        f.put("timestamp", ts);
        f.put("sign", sha1(id + key + ts));
        String reg = get("httpIntf/accountReg.do?" + form(f));
        return new String[]{field(reg, "account_identify"), field(reg, "key_temp")};
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String ops(String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + ops)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    static String sha1(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static long cpuMicros() throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000L; // 100 ticks per second
    }

    static double median(List<double[]> runs, int index) {
        double[] v = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** One PBKDF2-HMAC-SHA256 check as the server's hasher does it (100,000 iterations), median of 20, in us. */
    static double pbkdf2Micros() throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        List<double[]> t = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            f.generateSecret(new PBEKeySpec("pw".toCharArray(), new byte[16], 100_000, 256)).getEncoded();
            if (i >= 10) {
                t.add(new double[]{(System.nanoTime() - t0) / 1000.0});
            }
        }
        return median(t, 0);
    }
}
