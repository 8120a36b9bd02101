import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relays offer/answer-sized frames (about 800 bytes) between N caller/callee pairs through a signaling server and
 * prints relayed msgs/s, p50/p99 latency and the server's CPU time per relayed message (from /proc/PID/stat).
 * Each pair ping-pongs: a frame received is answered at once, so N frames are in flight.
 *
 * Targets: switchboard (our room socket, pairs joined through a real call: ops registry, login, call, answer),
 * peerjs (the npm "peer" server), ws (a plain Node ws relay).
 *
 * Usage: java SignalingLoad.java TARGET BASE_URL SERVER_PID [pairs=100] [seconds=15] [opsToken]
 * Idle mode: java SignalingLoad.java idle BASE_URL SERVER_PID [sockets=10000] [opsToken]
 * Rate mode (the reference of bench/heihei-channel): frames at a fixed total rate from random peers of our room
 * sockets, no answering: java SignalingLoad.java rate BASE_URL SERVER_PID [pairs=50] [rate=1000] [seconds=20] [opsToken]
 */
public class SignalingLoad {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String PAD = "a=candidate:1 1 udp 2113937151 192.0.2.2 50000 typ host ".repeat(13);
    static final AtomicBoolean measuring = new AtomicBoolean();
    static final AtomicLong relayed = new AtomicLong();
    static final long[] latencies = new long[8_000_000];
    static final java.util.concurrent.atomic.AtomicInteger recorded = new java.util.concurrent.atomic.AtomicInteger();
    /** Whether a peer answers each frame at once (ping-pong); off in rate mode, where the driver paces the sends. */
    static volatile boolean echo = true;
    /** Frames sent before this (warm-up) are not counted even when they arrive inside the window. */
    static volatile long measureFrom = 0;

    public static void main(String[] args) throws Exception {
        String target = args[0];
        String base = args[1];
        long pid = Long.parseLong(args[2]);
        if (target.equals("idle")) {
            idle(base, pid, args.length > 3 ? Integer.parseInt(args[3]) : 10_000, args.length > 4 ? args[4] : "bench-ops-token");
            return;
        }
        if (target.equals("rate")) {
            rate(base, pid, args.length > 3 ? Integer.parseInt(args[3]) : 50,
                    args.length > 4 ? Integer.parseInt(args[4]) : 1000, args.length > 5 ? Integer.parseInt(args[5]) : 20,
                    args.length > 6 ? args[6] : "bench-ops-token");
            return;
        }
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        String ops = args.length > 5 ? args[5] : "bench-ops-token";

        List<Peer[]> connected = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            connected.add(switch (target) {
                case "switchboard" -> switchboardPair(base, ops, i);
                case "peerjs" -> peerjsPair(base, i);
                case "ws" -> wsPair(base, i);
                default -> throw new IllegalArgumentException(target);
            });
        }
        for (Peer[] pair : connected) {
            pair[0].send(0); // start every pair's ping-pong
        }
        Thread.sleep(10_000); // warm-up: let the JIT settle on every server alike
        long cpu0 = cpuTicks(pid);
        long t0 = System.nanoTime();
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        long elapsed = System.nanoTime() - t0;
        long cpu1 = cpuTicks(pid);
        long messages = relayed.get();
        long[] all = Arrays.copyOf(latencies, Math.min(recorded.get(), latencies.length));
        Arrays.sort(all);
        double rate = messages / (elapsed / 1e9);
        double cpuMicros = (cpu1 - cpu0) * (1_000_000.0 / 100) / Math.max(1, messages); // USER_HZ = 100
        System.out.printf("%-12s pairs=%d  relayed %8.0f msgs/s  p50 %6.2f ms  p99 %6.2f ms  server CPU %6.1f us/msg%n",
                target, pairs, rate, pct(all, 0.50) / 1e6, pct(all, 0.99) / 1e6, cpuMicros);
        for (Peer[] pair : connected) {
            pair[0].close();
            pair[1].close();
        }
        System.exit(0);
    }

    /** Open loop: one frame every 1/rate s from a random peer to its partner through the room socket. */
    static void rate(String base, long pid, int pairs, int rate, int seconds, String ops) throws Exception {
        echo = false;
        List<Peer> peers = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            Peer[] pair = switchboardPair(base, ops, i);
            peers.add(pair[0]);
            peers.add(pair[1]);
        }
        pace(peers, rate, 10); // warm-up
        long cpu0 = cpuTicks(pid);
        long t0 = System.nanoTime();
        measureFrom = t0;
        measuring.set(true);
        long sent = pace(peers, rate, seconds);
        long elapsed = System.nanoTime() - t0;
        Thread.sleep(2_000);
        measuring.set(false);
        long cpu1 = cpuTicks(pid);
        long[] all = Arrays.copyOf(latencies, Math.min(recorded.get(), latencies.length));
        Arrays.sort(all);
        System.out.printf("signaling    sockets=%d  sent %6.0f msgs/s  delivered %d of %d  p50 %6.2f ms  p99 %7.2f ms"
                        + "  server CPU %6.1f us/msg%n", peers.size(), sent / (elapsed / 1e9), relayed.get(), sent,
                pct(all, 0.50) / 1e6, pct(all, 0.99) / 1e6, (cpu1 - cpu0) * 10_000.0 / Math.max(1, sent));
        peers.forEach(Peer::close);
        System.exit(0);
    }

    static long pace(List<Peer> peers, int rate, int seconds) throws Exception {
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        long end = next + seconds * 1_000_000_000L;
        long sent = 0;
        java.util.Random random = new java.util.Random();
        while (next < end) {
            long now = System.nanoTime();
            if (now < next) {
                TimeUnit.NANOSECONDS.sleep(Math.min(next - now, 1_000_000));
                continue;
            }
            Peer p = peers.get(random.nextInt(peers.size()));
            synchronized (p) { // the JDK WebSocket allows one outstanding send per socket
                p.ws.sendText(p.prefix + System.nanoTime() + "|" + PAD + p.suffix, true).join();
            }
            sent++;
            next += interval;
        }
        return sent;
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }

    static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
    }

    /** One socket of a pair; frames carry the send time, the receiver records the latency and answers. */
    static final class Peer implements WebSocket.Listener {
        final String prefix;
        final String suffix;
        WebSocket ws;
        final StringBuilder partial = new StringBuilder();
        final CountDownLatch ready = new CountDownLatch(1);
        final String readyMarker;
        Consumer<String> onSetup = s -> { };

        Peer(String prefix, String suffix, String readyMarker) {
            this.prefix = prefix;
            this.suffix = suffix;
            this.readyMarker = readyMarker;
        }

        void send(long unused) {
            ws.sendText(prefix + System.nanoTime() + "|" + PAD + suffix, true);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                int at = text.indexOf("\"t-");
                if (at >= 0) {
                    long sent = Long.parseLong(text.substring(at + 3, text.indexOf('|', at)));
                    if (measuring.get() && sent >= measureFrom) {
                        relayed.incrementAndGet();
                        int slot = recorded.getAndIncrement();
                        if (slot < latencies.length) {
                            latencies[slot] = System.nanoTime() - sent;
                        }
                    }
                    if (echo) send(0); // answer at once: the next frame goes back through the server to the other peer
                } else {
                    onSetup.accept(text);
                    if (readyMarker == null || text.contains(readyMarker)) {
                        ready.countDown();
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            ws.abort();
        }
    }

    static Peer connect(String url, Peer peer) throws Exception {
        peer.ws = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), peer).get(20, TimeUnit.SECONDS);
        return peer;
    }

    static Peer[] link(Peer a, Peer b) {
        return new Peer[] {a, b};
    }

    static Peer[] wsPair(String base, int i) throws Exception {
        String url = base.replaceFirst("^http", "ws") + "?room=r" + i;
        Peer a = connect(url, new Peer("{\"type\":\"offer\",\"sdp\":\"t-", "\"}", null));
        Peer b = connect(url, new Peer("{\"type\":\"answer\",\"sdp\":\"t-", "\"}", null));
        return link(a, b);
    }

    static Peer[] peerjsPair(String base, int i) throws Exception {
        String ws = base.replaceFirst("^http", "ws") + "peerjs?key=peerjs&token=tk";
        String a = "a" + i + "x" + System.nanoTime();
        String b = "b" + i + "x" + System.nanoTime();
        Peer pa = new Peer("{\"type\":\"OFFER\",\"dst\":\"" + b + "\",\"payload\":{\"sdp\":\"t-", "\"}}", "OPEN");
        Peer pb = new Peer("{\"type\":\"ANSWER\",\"dst\":\"" + a + "\",\"payload\":{\"sdp\":\"t-", "\"}}", "OPEN");
        connect(ws + "&id=" + a, pa);
        connect(ws + "&id=" + b, pb);
        pa.ready.await(20, TimeUnit.SECONDS);
        pb.ready.await(20, TimeUnit.SECONDS);
        return link(pa, pb);
    }

    static Peer[] switchboardPair(String base, String ops, int i) throws Exception {
        String callerPhone = phone();
        String calleePhone = phone();
        String callerToken = device(base, ops, callerPhone);
        String calleeToken = device(base, ops, calleePhone);
        String ws = base.replaceFirst("^http", "ws");
        Peer caller = connect(ws + "socket.io?token=" + callerToken, new Peer("", "", "call_success"));
        String[] room = new String[1];
        CountDownLatch called = new CountDownLatch(1);
        Peer callee = new Peer("", "", null);
        callee.onSetup = text -> {
            Matcher m = Pattern.compile("\"room_id\":\"([^\"]+)\"").matcher(text);
            if (text.contains("\"called\"") && m.find()) {
                room[0] = m.group(1);
                called.countDown();
            }
        };
        connect(ws + "socket.io?token=" + calleeToken, callee);
        String call = "{\"type\":\"call\",\"to_phone\":\"" + calleePhone + "\",\"to_device_id\":\"bench\"}";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!called.await(200, TimeUnit.MILLISECONDS)) { // retried until both sockets are registered
            if (System.nanoTime() > deadline) throw new IllegalStateException("callee never rang");
            caller.ws.sendText(call, true);
        }
        callee.ws.sendText("{\"type\":\"called_success\",\"from_phone\":\"" + callerPhone
                + "\",\"from_device_id\":\"bench\",\"room_id\":\"" + room[0] + "\"}", true);
        if (!caller.ready.await(20, TimeUnit.SECONDS)) throw new IllegalStateException("no call_success");
        Peer a = new Peer("{\"type\":\"offer\",\"sdp\":\"t-", "\"}", "joined");
        connect(ws + "socket.io/room?room_id=" + room[0], a);
        a.ready.await(20, TimeUnit.SECONDS);
        Peer b = new Peer("{\"type\":\"answer\",\"sdp\":\"t-", "\"}", "joined");
        connect(ws + "socket.io/room?room_id=" + room[0], b);
        b.ready.await(20, TimeUnit.SECONDS);
        return link(a, b);
    }

    static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);

    static String phone() {
        return "177" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000L);
    }

    /** Registers (ops) and logs in a device; returns its token. */
    static String device(String base, String ops, String phone) throws Exception {
        String body = "{\"phone\":\"" + phone + "\",\"device_id\":\"bench\"}";
        HttpResponse<String> reg = HTTP.send(HttpRequest.newBuilder(URI.create(base + "ops/signaling/devices"))
                .header("Authorization", "Bearer " + ops).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (reg.statusCode() != 200) throw new IllegalStateException("register: " + reg.body());
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "account/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(login.body());
        if (!m.find()) throw new IllegalStateException("login: " + login.body());
        return m.group(1);
    }

    /** Opens idle authenticated signaling sockets until {@code sockets} are open or one fails. */
    static void idle(String base, long pid, int sockets, String ops) throws Exception {
        String ws = base.replaceFirst("^http", "ws");
        List<WebSocket> open = new ArrayList<>();
        String failure = "none";
        long t0 = System.nanoTime();
        for (int i = 0; i < sockets; i++) {
            try {
                String token = device(base, ops, phone());
                open.add(HTTP.newWebSocketBuilder().buildAsync(URI.create(ws + "socket.io?token=" + token),
                        new WebSocket.Listener() { }).get(20, TimeUnit.SECONDS));
            } catch (Exception e) {
                failure = e.toString();
                break;
            }
            if ((i + 1) % 1000 == 0) {
                System.out.printf("  %d sockets open (%.0f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
            }
        }
        Thread.sleep(5_000); // let the server settle, then read its memory
        String heap = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        long usedKb = used.find() ? Long.parseLong(used.group(1)) : -1;
        long rssKb = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst()
                .orElse(-1L);
        System.out.printf("idle sockets open: %d of %d (first failure: %s); heap used %d MiB; RSS %d MiB%n",
                open.size(), sockets, failure, usedKb / 1024, rssKb / 1024);
        open.forEach(WebSocket::abort);
        System.exit(0);
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
