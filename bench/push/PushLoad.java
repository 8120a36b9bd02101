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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Push end to end (VOIP-13 type p2p -> VOIP-35 on the long-poll, VOIP-33): N devices keep a long-poll open; at a
 * fixed rate an API call (a p2p call start) targets one of them; we time the API reply (the reference) and the moment
 * that device's poll returns the invitation.
 *
 * Usage: java bench/push/PushLoad.java baseUrl opsToken devices rate seconds label
 */
public class PushLoad {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(16)).build();
    static String base;
    static String ops;

    record Account(String acc, String uuid, String device) {
    }

    /** One long-polling device; {@code sentAt} is the start of the push aimed at it, 0 when none is in flight. */
    static final class Device {
        final Account account;
        final AtomicLong sentAt = new AtomicLong();
        volatile long pollSince;

        Device(Account account) {
            this.account = account;
        }
    }

    static final ConcurrentLinkedQueue<Long> endToEnd = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Long> apiReply = new ConcurrentLinkedQueue<>();
    static final AtomicInteger errors = new AtomicInteger();
    static volatile boolean measuring;
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        base = args[0];
        ops = args[1];
        int devices = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String label = args[5];

        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Account>> made = new ArrayList<>();
        for (int i = 0; i < devices + 20; i++) {
            int n = i;
            made.add(setup.submit(() -> account("dev" + n)));
        }
        List<Device> targets = new ArrayList<>();
        List<Account> callers = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            if (i < devices) {
                targets.add(new Device(made.get(i).get()));
            } else {
                callers.add(made.get(i).get());
            }
        }
        setup.shutdown();
        for (Device d : targets) {
            poll(d);
        }
        long parkDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!get("ops/push/parked").contains("\"total\":" + devices) && System.nanoTime() < parkDeadline) {
            Thread.sleep(200); // until every device's poll is parked
        }

        // Open loop: one push every 1/rate s to a device whose poll is parked and that has no push in flight.
        long interval = 1_000_000_000L / rate;
        long warmUpEnd = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long end = warmUpEnd + Duration.ofSeconds(seconds).toNanos();
        long next = System.nanoTime();
        int sent = 0;
        long cpuAtStart = -1;
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (cpuAtStart < 0 && now > warmUpEnd) {
                cpuAtStart = serverCpuMillis();
                jfr("JFR.start", "name=push", "settings=profile", "filename=" + System.getenv().getOrDefault("BENCH_JFR", ""));
            }
            if (now < next) {
                TimeUnit.NANOSECONDS.sleep(Math.min(next - now, 1_000_000));
                continue;
            }
            next += interval;
            measuring = now > warmUpEnd;
            Device d = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
            if (now - d.pollSince < 20_000_000L || !d.sentAt.compareAndSet(0, now)) {
                continue; // its poll may not be parked yet, or a push is in flight: skip this slot
            }
            if (measuring) {
                sent++;
            }
            Account caller = callers.get(ThreadLocalRandom.current().nextInt(callers.size()));
            boolean counted = measuring;
            HTTP.sendAsync(request("lwork/mobile/voip/calls", "{\"user_id\":\"" + caller.uuid()
                            + "\",\"caller_phone\":\"" + caller.acc() + "\",\"callee_phone\":\"" + d.account.acc()
                            + "\",\"sdp\":{\"ip\":\"10.0.0.1\",\"port\":4000},\"userclass\":\"bench\",\"dev_id\":\""
                            + caller.device() + "\",\"type\":\"p2p\",\"acc\":\"" + caller.acc()
                            + "\",\"clidata\":{\"os_type\":\"android\"}}"), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        if (e != null || !r.body().contains("\"status\":\"ok\"")) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("call start failed: " + (e != null ? e : r.body()));
                            }
                            d.sentAt.set(0);
                        } else if (counted) {
                            apiReply.add(System.nanoTime() - now);
                        }
                    });
        }
        long cpu = serverCpuMillis() - cpuAtStart;
        jfr("JFR.stop", "name=push");
        running = false;
        double secondsMeasured = seconds;
        System.out.printf("%s  devices=%d  target %d pushes/s, sent %.0f/s, errors %d%n", label, devices, rate,
                sent / secondsMeasured, errors.get());
        if (cpuAtStart >= 0 && SERVER_PID != null) {
            System.out.printf("%s  server CPU %.2f ms per push (%.0f%% of one core)%n", label, cpu / (double) Math.max(1, sent),
                    cpu / 10.0 / seconds);
        }
        report(label + "  API reply (reference)", new ArrayList<>(apiReply));
        report(label + "  push end to end", new ArrayList<>(endToEnd));
        System.out.printf("%s  ratio p99 end-to-end / p99 API reply: %.2f%n", label,
                pct(new ArrayList<>(endToEnd), 99) / (double) pct(new ArrayList<>(apiReply), 99));
        System.exit(0);
    }

    /** The server's pid (env {@code BENCH_SERVER_PID}): CPU per push, and a JFR recording of the window when {@code BENCH_JFR} names a file. */
    static final String SERVER_PID = System.getenv("BENCH_SERVER_PID");

    static long serverCpuMillis() {
        if (SERVER_PID == null) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + SERVER_PID + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 ticks per second
        } catch (Exception e) {
            return 0;
        }
    }

    static void jfr(String command, String... options) {
        if (SERVER_PID == null || System.getenv("BENCH_JFR") == null) {
            return;
        }
        try {
            List<String> cmd = new ArrayList<>(List.of("jcmd", SERVER_PID, command));
            cmd.addAll(List.of(options));
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (Exception e) {
            System.err.println("jcmd failed: " + e);
        }
    }

    static void poll(Device d) {
        if (!running) {
            return;
        }
        d.pollSince = System.nanoTime();
        HTTP.sendAsync(request("channel/push_service", "{\"acc\":\"" + d.account.acc() + "\",\"device_id\":\""
                        + d.account.device() + "\",\"self_phone\":\"" + d.account.acc() + "\"}"),
                HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
            long at = System.nanoTime();
            if (e == null && r.body().contains("p2p_inform_called")) {
                long sent = d.sentAt.getAndSet(0);
                if (sent != 0 && measuring) {
                    endToEnd.add(at - sent);
                }
            } else if (e != null || !r.body().contains("\"status\":\"ok\"")) {
                if (errors.incrementAndGet() <= 3) {
                    System.err.println("poll failed: " + (e != null ? e : r.body()));
                }
            }
            poll(d);
        });
    }

    static Account account(String device) throws Exception {
        String acc = "15" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        expectOk(post("lwork/sms/auth_code", "{\"acc\":\"" + acc + "\",\"device_id\":\"" + device
                + "\",\"type\":\"register\"}"));
        String outbox = get("ops/outbox?channel=sms&to=" + acc);
        Matcher code = Pattern.compile("\"code\":\"(\\d{6})\"").matcher(outbox);
        if (!code.find()) {
            throw new IllegalStateException("no SMS code in " + outbox);
        }
        String crc = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest((acc + device + "dth_common").getBytes(StandardCharsets.UTF_8)));
        String reg = post("lwork/mobile/self_register", "{\"acc\":\"" + acc + "\",\"name\":\"b" + acc
                + "\",\"pwd\":\"pw\",\"auth_code\":\"" + code.group(1) + "\",\"device_id\":\"" + device
                + "\",\"group_id\":\"dth_common\",\"crc\":\"" + crc + "\"}");
        expectOk(reg);
        Matcher uuid = Pattern.compile("\"uuid\":\"(\\d+)\"").matcher(reg);
        uuid.find();
        expectOk(post("lwork/mobile/login", "{\"acc\":\"" + acc + "\",\"pwd\":\"pw\",\"device_id\":\"" + device
                + "\",\"clidata\":{\"os_type\":\"android\"}}"));
        return new Account(acc, uuid.group(1), device);
    }

    static long pct(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        Collections.sort(nanos);
        return nanos.get(Math.min(nanos.size() - 1, nanos.size() * p / 100));
    }

    static void report(String what, List<Long> nanos) {
        System.out.printf("%-42s n=%d  p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, nanos.size(),
                pct(nanos, 50) / 1e6, pct(nanos, 99) / 1e6, pct(nanos, 100) / 1e6);
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
        if (!reply.contains("\"status\":\"ok\"")) {
            throw new IllegalStateException(reply);
        }
    }
}
