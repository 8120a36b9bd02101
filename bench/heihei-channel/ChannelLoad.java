import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * heihei channel (HH-WS-01) under load: signs in N users (HH-USER-01/03), opens one channel socket each, reads the
 * server's heap (after a full GC) and RSS, then sends HH-MSG-05 tosingle messages at a fixed rate to random connected
 * users and prints delivery p50/p99 (send → frame at the socket), delivered/sent and server CPU per message.
 *
 * Usage (compiled with bench/BenchClient.java, see run.sh): ChannelLoad BASE_URL SERVER_PID [sockets=10000] [rate=1000] [seconds=20] [secret] [opsToken]
 *        [rounds=5]   (measured windows after one 30 s warm-up, each printed)
 */
public class ChannelLoad extends BenchClient {
    /** The sockets get a client of their own: a failing HTTP request must not take their selector down with it. */
    static final java.net.http.HttpClient WS = java.net.http.HttpClient.newHttpClient();
    /**
     * Requests in flight at most: past it the driver waits, and the wait counts in the latency (each message carries
     * its scheduled send time), so a server that falls behind shows as latency, not as thousands of connections.
     */
    static final java.util.concurrent.Semaphore IN_FLIGHT = new java.util.concurrent.Semaphore(256);
    static final AtomicBoolean measuring = new AtomicBoolean();
    static final AtomicLong delivered = new AtomicLong();
    static final long[] latencies = new long[4_000_000];
    static final AtomicInteger recorded = new AtomicInteger();
    static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);

    public static void main(String[] args) {
        runMain(() -> drive(args));
    }

    static void drive(String[] args) throws Exception {
        base = args[0];
        long pid = Long.parseLong(args[1]);
        int sockets = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        String secret = args.length > 5 ? args[5] : "bench-heihei-message-secret";
        ops = args.length > 6 ? args[6] : "bench-ops-token";
        int rounds = args.length > 7 ? Integer.parseInt(args[7]) : 5;

        long t0 = System.nanoTime();
        List<long[]> users = signIn(sockets); // {userId}, tokens kept apart
        System.out.printf("signed in %d users in %.0f s%n", users.size(), (System.nanoTime() - t0) / 1e9);
        String ws = base.replaceFirst("^http", "ws") + "ws/channel?token=";
        List<WebSocket> open = new ArrayList<>();
        List<Long> connected = new ArrayList<>();
        String failure = "none";
        t0 = System.nanoTime();
        for (int i = 0; i < users.size(); i++) {
            try {
                open.add(WS.newWebSocketBuilder().buildAsync(URI.create(ws + TOKENS.get(i)), new Receiver())
                        .get(20, TimeUnit.SECONDS));
                connected.add(users.get(i)[0]);
            } catch (Exception e) {
                failure = e.toString();
                break;
            }
            if ((i + 1) % 2000 == 0) {
                System.out.printf("  %d sockets open (%.0f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
            }
        }
        Thread.sleep(5_000);
        run("jcmd", String.valueOf(pid), "GC.run");
        String heap = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        long usedKb = used.find() ? Long.parseLong(used.group(1)) : -1;
        System.out.printf("channel sockets open: %d of %d (first failure: %s); heap used after GC %d MiB; RSS %d MiB%n",
                open.size(), sockets, failure, usedKb / 1024, rssKb(pid) / 1024);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        AtomicLong sent = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        // 30 s warm-up at the same rate (JIT, the client's connection pool), then the measured windows
        pace(base, mac, connected, rate, 30, sent, refused);
        for (int round = 1; round <= rounds; round++) {
            delivered.set(0);
            recorded.set(0);
            long cpu0 = cpuTicks(pid);
            long sentBefore = sent.get();
            long refusedBefore = refused.get();
            long start = System.nanoTime();
            measureFrom = start;
            measuring.set(true);
            pace(base, mac, connected, rate, seconds, sent, refused);
            long elapsed = System.nanoTime() - start;
            Thread.sleep(2_000); // the last frames arrive
            measuring.set(false);
            long cpu1 = cpuTicks(pid);
            long measuredSent = sent.get() - sentBefore;
            long[] all = Arrays.copyOf(latencies, Math.min(recorded.get(), latencies.length));
            Arrays.sort(all);
            System.out.printf("tosingle     sockets=%d  sent %6.0f msgs/s  delivered %d of %d (refused %d, first: %s)"
                            + "  p50 %6.2f ms  p99 %7.2f ms  server CPU %6.1f us/msg%n",
                    connected.size(), measuredSent / (elapsed / 1e9), delivered.get(), measuredSent,
                    refused.get() - refusedBefore, FIRST_REFUSAL, pct(all, 0.50) / 1e6, pct(all, 0.99) / 1e6,
                    (cpu1 - cpu0) * 10_000.0 / Math.max(1, measuredSent));
        }
        open.forEach(WebSocket::abort);
    }

    static final List<String> TOKENS = new ArrayList<>();
    static volatile String FIRST_REFUSAL = "none";
    static volatile long measureFrom = Long.MAX_VALUE;

    /** Open loop: one request every 1/rate s, whatever the replies do. */
    static void pace(String base, Mac mac, List<Long> users, int rate, int seconds, AtomicLong sent,
                     AtomicLong refused) throws Exception {
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        long end = next + seconds * 1_000_000_000L;
        URI uri = URI.create(base + "messageserver/api/msg/send-msg.action");
        while (next < end) {
            long now = System.nanoTime();
            if (now < next) {
                TimeUnit.NANOSECONDS.sleep(Math.min(next - now, 1_000_000));
                continue;
            }
            long user = users.get(ThreadLocalRandom.current().nextInt(users.size()));
            IN_FLIGHT.acquire();
            String data = "{\"timeStamp\":" + System.currentTimeMillis() + ",\"type\":\"tosingle\",\"targetUserId\":"
                    + user + ",\"msg\":{\"msgType\":\"toast\",\"text\":\"t-" + next
                    + "|\",\"expireTime\":3,\"msgId\":" + SEQ.incrementAndGet() + "}}";
            String signature;
            synchronized (mac) {
                signature = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
            }
            String form = "data=" + URLEncoder.encode(data, StandardCharsets.UTF_8) + "&signature=" + signature;
            sent.incrementAndGet();
            HTTP.sendAsync(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                IN_FLIGHT.release();
                if (e != null || r.statusCode() != 200 || !r.body().contains("\"errorcode\":0")) {
                    if (refused.incrementAndGet() == 1) {
                        FIRST_REFUSAL = e != null ? e.toString() : r.statusCode() + " " + r.body();
                    }
                }
            });
            next += interval;
        }
    }

    static final class Receiver implements WebSocket.Listener {
        final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                int at = text.indexOf("\"t-");
                long sentAt = at >= 0 ? Long.parseLong(text.substring(at + 3, text.indexOf('|', at))) : 0;
                if (at >= 0 && measuring.get() && sentAt >= measureFrom) { // not a late warm-up frame
                    delivered.incrementAndGet();
                    int slot = recorded.getAndIncrement();
                    if (slot < latencies.length) {
                        latencies[slot] = System.nanoTime() - sentAt;
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    static List<long[]> signIn(int n) throws Exception {
        List<long[]> users = new ArrayList<>();
        for (HeiheiUser u : heiheiUsers(n, "176")) {
            TOKENS.add(u.token());
            users.add(new long[]{u.id()});
        }
        return users;
    }

    static long rssKb(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
