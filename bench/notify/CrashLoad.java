import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 6.1 across a crash. {@code setup}: U users on Android devices, each sent N OA items through the OA ingress
 * (U*N pending notifications), nothing acknowledged; written to a state file. {@code verify} (after kill -9 and a
 * restart): every user long-polls, de-duplicating by uid, until every item was seen again or the deadline passes.
 * Usage (compiled with bench/BenchClient.java, see run.sh): CrashLoad setup BASE OPS_TOKEN OA_TOKEN USERS ITEMS STATE
 *        CrashLoad verify BASE OPS_TOKEN STATE DEADLINE_SECONDS
 */
public class CrashLoad extends BenchClient {
    static final Pattern OA_EVENT = Pattern.compile(
            "\\{\"event\":\"new_oa_arrived\",\"mail_acc\":\"[^\"]*\",\"uids\":\\[([^\\]]*)\\]");

    public static void main(String[] args) {
        runMain(() -> run(args));
    }

    static void run(String[] args) throws Exception {
        base = args[1];
        ops = args[2];
        if (args[0].equals("setup")) {
            setup(args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), Path.of(args[6]));
        } else {
            verify(Path.of(args[3]), Integer.parseInt(args[4]));
        }
    }

    static void setup(String oaToken, int users, int items, Path state) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> made = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            made.add(pool.submit(() -> {
                String device = "crash-" + ThreadLocalRandom.current().nextInt(1_000_000);
                String[] account = account("16", device);
                for (int i = 0; i < items; i++) {
                    String uid = "oa-" + account[0] + "-" + i;
                    String reply = send(HttpRequest.newBuilder(URI.create(base + "mail/oa/items"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + oaToken)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"" + account[0]
                                    + "\",\"uid\":\"" + uid + "\",\"subject\":\"crash test " + i
                                    + "\",\"oa_link\":\"https://oa.example.com/" + uid + "\"}")).build());
                    if (!reply.contains("\"status\":\"ok\"")) {
                        throw new IllegalStateException(reply);
                    }
                }
                return account[0] + " " + account[1] + " " + device;
            }));
        }
        List<String> lines = new ArrayList<>();
        for (Future<String> f : made) {
            lines.add(f.get());
        }
        pool.shutdown();
        Files.write(state, lines);
        long pending = pendingTotal();
        System.out.printf("setup: %d users x %d OA items posted, %d notifications pending (unacknowledged)%n",
                users, items, pending);
        if (pending < (long) users * items) {
            throw new IllegalStateException("only " + pending + " pending");
        }
    }

    static void verify(Path state, int deadlineSeconds) throws Exception {
        List<String> lines = Files.readAllLines(state);
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(deadlineSeconds).toNanos();
        AtomicLong received = new AtomicLong();
        Set<String> unique = ConcurrentHashMap.newKeySet();
        int expected = 0;
        List<Set<String>> wanted = new ArrayList<>();
        for (String line : lines) {
            String acc = line.split(" ")[0];
            Set<String> mine = ConcurrentHashMap.newKeySet();
            String uuid = line.split(" ")[1];
            for (String item : opsGet("ops/notify/pending?uuid=" + uuid).split("\\{\"batch\"")) {
                Matcher m = Pattern.compile("\"uid\":\"(oa-[^\"]+)\",\"state\":\"PENDING\"").matcher(item);
                if (m.find()) {
                    mine.add(m.group(1));
                }
            }
            expected += mine.size();
            wanted.add(mine);
        }
        System.out.printf("verify: %d notifications still pending after the restart%n", expected);
        ExecutorService pool = Executors.newFixedThreadPool(lines.size());
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(" ");
            Set<String> mine = wanted.get(i);
            done.add(pool.submit(() -> {
                Set<String> seen = new java.util.HashSet<>();
                while (!seen.containsAll(mine) && System.nanoTime() < deadline) {
                    String reply = send(HttpRequest.newBuilder(URI.create(base + "channel/push_service"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"acc\":\"" + f[0] + "\",\"device_id\":\""
                                    + f[2] + "\",\"self_phone\":\"" + f[0] + "\"}")).timeout(Duration.ofSeconds(90))
                            .build());
                    Matcher m = OA_EVENT.matcher(reply);
                    while (m.find()) {
                        for (String uid : m.group(1).replace("\"", "").split(",")) {
                            received.incrementAndGet();
                            seen.add(uid);
                            unique.add(uid);
                        }
                    }
                }
                return System.nanoTime();
            }));
        }
        long last = start;
        for (Future<Long> f : done) {
            last = Math.max(last, f.get());
        }
        pool.shutdownNow();
        long missing = 0;
        for (Set<String> mine : wanted) {
            for (String uid : mine) {
                if (!unique.contains(uid)) {
                    missing++;
                }
            }
        }
        System.out.printf("verify: %d of %d delivered again within %.1f s (%d copies received, a client "
                        + "de-duplicating by uid sees each once); lost: %d%n",
                expected - missing, expected, (last - start) / 1e9, received.get(), missing);
        // Acknowledge everything: the pending count must drop to zero.
        for (int i = 0; i < lines.size(); i++) {
            String acc = lines.get(i).split(" ")[0];
            StringBuilder uids = new StringBuilder();
            for (String uid : wanted.get(i)) {
                uids.append(uids.length() == 0 ? "" : ",").append('"').append(uid).append('"');
            }
            send(HttpRequest.newBuilder(URI.create(base + "lwork/mail/new_oa_arrived_ack"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"" + acc + "\",\"uids\":[" + uids
                            + "]}")).build());
        }
        String metrics = send(HttpRequest.newBuilder(URI.create(base + "metrics?scope=application")).GET().build());
        Matcher sent = Pattern.compile("(?m)^notify_deliveries_total\\{[^}]*\\} ([0-9.E]+)").matcher(metrics);
        System.out.printf("verify: pushes sent by the restarted server: %s; after acknowledging all, %d pending%n",
                sent.find() ? sent.group(1) : "?", pendingTotal());
        if (missing > 0) {
            System.exit(1);
        }
    }

    static long pendingTotal() throws Exception {
        Matcher m = Pattern.compile("\"pending_total\":(\\d+)").matcher(opsGet("ops/notify/pending?uuid=0"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
