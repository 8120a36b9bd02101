import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/heihei-live driver: one heihei live room with {@code viewers} channel sockets, texts (HH-MSG-01) sent by the
 * anchor at fixed rates; beside it the same viewers and rates on a socket.io room and on a plain ws broadcast
 * (bench/heihei-live/node/server.js). Windows interleave target by target, round by round. Each frame carries its
 * sequence number as its text: latency = socket arrival − request start, both on this JVM's clock; CPU per delivered
 * frame from the server process's /proc ticks over the window.
 */
public class LiveLoad extends BenchClient {
    static final int MAX_SENT = 2_000_000;
    /** The first run warmed up 10 s: the JVM server's CPU per frame was still falling round by round (21 → 12 us). */
    static final int WARM_UP_SECONDS = 45;
    static final long[] SENT_AT = new long[MAX_SENT];
    static final AtomicLong SEQ = new AtomicLong();
    static final Pattern TEXT = Pattern.compile("\"text\":\"(\\d+)\"");
    static final Pattern LIVE_KEY = Pattern.compile("\"liveKey\":\"([^\"]+)\"");
    static final java.net.http.HttpClient WS = java.net.http.HttpClient.newHttpClient();

    /** One room under test: how it is sent to, and what its viewers took. */
    abstract static class Target {
        final String name;
        final long pid;
        final AtomicLong delivered = new AtomicLong();
        final long[] latencies = new long[4_000_000];
        final AtomicInteger recorded = new AtomicInteger();
        volatile boolean measuring;
        final List<WebSocket> sockets = new ArrayList<>();

        Target(String name, long pid) {
            this.name = name;
            this.pid = pid;
        }

        abstract void send(long seq) throws Exception;

        void frame(CharSequence data) {
            Matcher m = TEXT.matcher(data);
            if (m.find() && measuring) {
                long seq = Long.parseLong(m.group(1));
                long latency = System.nanoTime() - SENT_AT[(int) (seq % MAX_SENT)];
                delivered.incrementAndGet();
                int i = recorded.getAndIncrement();
                if (i < latencies.length) {
                    latencies[i] = latency;
                }
            }
        }
    }

    /** A WebSocket client feeding whole text messages to its target; socket.io's ping answered with a pong. */
    static final class Viewer implements WebSocket.Listener {
        private final Target target;
        private final boolean socketIo;
        private final StringBuilder partial = new StringBuilder();
        final CompletableFuture<String> liveKey = new CompletableFuture<>();

        Viewer(Target target, boolean socketIo) {
            this.target = target;
            this.socketIo = socketIo;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                if (socketIo && partial.length() > 0 && partial.charAt(0) != '4') {
                    if (partial.charAt(0) == '0') {
                        ws.sendText("40", true); // engine.io open: connect to the default namespace
                    } else if (partial.charAt(0) == '2') {
                        ws.sendText("3", true);
                    }
                } else if (!liveKey.isDone() && partial.indexOf("\"live-invite\"") >= 0) {
                    Matcher key = LIVE_KEY.matcher(partial);
                    liveKey.complete(key.find() ? key.group(1) : "none");
                } else {
                    target.frame(partial);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    public static void main(String[] args) {
        runMain(() -> drive(args));
    }

    static void drive(String[] args) throws Exception {
        base = args[0];
        long liberty = Long.parseLong(args[1]);
        int sioPort = Integer.parseInt(args[2]);
        long sioPid = Long.parseLong(args[3]);
        int wsPort = Integer.parseInt(args[4]);
        long wsPid = Long.parseLong(args[5]);
        int viewers = Integer.parseInt(args[6]);
        int seconds = Integer.parseInt(args[7]);
        int rounds = Integer.parseInt(args[8]);
        ops = args[9];
        int[] rates = Arrays.stream(args[10].split(",")).mapToInt(Integer::parseInt).toArray();

        long t0 = System.nanoTime();
        List<HeiheiUser> users = heiheiUsers(viewers + 1, "175");
        HeiheiUser anchor = users.get(0);
        String created = post("api/live/create-live", "{\"token\":\"" + anchor.token() + "\",\"title\":\"bench\"}");
        long liveId = number(created, "liveId");
        long roomId = number(created, "roomId");
        post("api/live/start-live", "{\"token\":\"" + anchor.token() + "\",\"liveId\":" + liveId + "}");
        System.out.printf("signed in %d users, live %d started (%.0f s)%n", users.size(), liveId,
                (System.nanoTime() - t0) / 1e9);

        Target heihei = new Target("heihei", liberty) {
            @Override
            void send(long seq) throws Exception {
                String reply = post("api/msg/send-msg", "{\"token\":\"" + anchor.token() + "\",\"liveId\":" + liveId
                        + ",\"roomId\":" + roomId + ",\"text\":\"" + seq + "\"}");
                if (!reply.contains("\"errorcode\":0")) throw new IllegalStateException(reply);
            }
        };
        String ws = base.replaceFirst("^http", "ws") + "ws/channel?token=";
        // A room has at most 200 seats: the anchor invites every viewer, whose live-invite carries the liveKey
        // that takes it past the seat check (HH-LIVE-22, HH-LIVE-12).
        for (HeiheiUser v : users.subList(1, users.size())) {
            Viewer viewer = new Viewer(heihei, false);
            heihei.sockets.add(WS.newWebSocketBuilder().buildAsync(URI.create(ws + v.token()), viewer)
                    .get(20, TimeUnit.SECONDS));
            String invited = post("api/live/invite-user", "{\"token\":\"" + anchor.token() + "\",\"liveId\":"
                    + liveId + ",\"userId\":" + v.id() + "}");
            if (!invited.contains("\"errorcode\":0")) throw new IllegalStateException(invited);
            String key = viewer.liveKey.get(20, TimeUnit.SECONDS);
            String joined = post("api/live/join-live", "{\"token\":\"" + v.token() + "\",\"liveId\":" + liveId
                    + ",\"liveKey\":\"" + key + "\"}");
            if (!joined.contains("\"errorcode\":0")) throw new IllegalStateException(joined);
        }
        Target sio = node("socket.io", sioPid, sioPort, "ws://127.0.0.1:" + sioPort
                + "/socket.io/?EIO=4&transport=websocket", true, viewers);
        Target plain = node("ws", wsPid, wsPort, "ws://127.0.0.1:" + wsPort + "/ws", false, viewers);
        System.out.printf("%d viewers on each of heihei, socket.io and ws%n", viewers);

        List<Target> targets = List.of(heihei, sio, plain);
        for (Target t : targets) {
            pace(t, rates[rates.length - 1], WARM_UP_SECONDS); // JIT, connection pools
        }
        for (int round = 1; round <= rounds; round++) {
            for (int rate : rates) {
                for (Target t : targets) {
                    measure(t, rate, seconds, viewers);
                }
            }
        }
    }

    static Target node(String name, long pid, int port, String url, boolean socketIo, int viewers) throws Exception {
        Target t = new Target(name, pid) {
            final URI send = URI.create("http://127.0.0.1:" + port + "/send");

            @Override
            void send(long seq) throws Exception {
                String reply = BenchClient.send(HttpRequest.newBuilder(send).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + seq + "\"}")).build());
                if (!reply.contains("\"errorcode\":0")) throw new IllegalStateException(reply);
            }
        };
        for (int i = 0; i < viewers; i++) {
            t.sockets.add(WS.newWebSocketBuilder().buildAsync(URI.create(url), new Viewer(t, socketIo))
                    .get(20, TimeUnit.SECONDS));
        }
        Thread.sleep(1_000); // socket.io's namespace connects answer the "40"s
        return t;
    }

    static void measure(Target t, int rate, int seconds, int viewers) throws Exception {
        t.delivered.set(0);
        t.recorded.set(0);
        long cpu0 = cpuTicks(t.pid);
        t.measuring = true;
        long start = System.nanoTime();
        long sent = pace(t, rate, seconds);
        long elapsed = System.nanoTime() - start;
        Thread.sleep(2_000); // the last frames arrive
        t.measuring = false;
        long cpu1 = cpuTicks(t.pid);
        long[] all = Arrays.copyOf(t.latencies, Math.min(t.recorded.get(), t.latencies.length));
        Arrays.sort(all);
        long delivered = t.delivered.get();
        System.out.printf("%-9s viewers=%d rate=%d msgs/s  delivered %d of %d frames (%.0f frames/s)  p50 %7.2f ms"
                        + "  p99 %8.2f ms  server CPU %6.2f us/frame%n", t.name, viewers, rate, delivered,
                sent * viewers, delivered / (elapsed / 1e9), pct(all, 0.50) / 1e6, pct(all, 0.99) / 1e6,
                (cpu1 - cpu0) * 10_000.0 / Math.max(1, delivered));
    }

    /** Sends {@code rate} texts a second for {@code seconds}, each on its own pool thread at its due time. */
    static long pace(Target t, int rate, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long seq = SEQ.incrementAndGet();
            pending.add(CompletableFuture.runAsync(() -> {
                SENT_AT[(int) (seq % MAX_SENT)] = System.nanoTime();
                try {
                    t.send(seq);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        pool.shutdown();
        return total;
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!m.find()) throw new IllegalStateException(field + " in " + json);
        return Long.parseLong(m.group(1));
    }
}
