import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISV callbacks under an outage (conference.md §3): steady conference load (caller + one participant who answers +
 * one busy number, ended by CONF-07 a few seconds later: 10 CONF-08 events and 2 CONF-09 CDRs each) while the
 * integrator's receiver, a loopback HTTP server here, is down for a while. Then it waits until the server has nothing
 * pending and compares what the receiver got (de-duplicated by X-Switchboard-Event-Id) with what the server raised.
 * Usage (compiled with bench/BenchClient.java, see run.sh):
 * WebhookLoad BASE OPS_TOKEN RATE_PER_S LOAD_SECONDS DOWN_AT_S DOWN_FOR_S DEADLINE_S
 */
public class WebhookLoad extends BenchClient {
    static final String[] STATES = {"INVITE", "RINGING", "ANSWERED", "DISCONNECTED", "FAILED", "CANCEL"};
    static final DateTimeFormatter STATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    static final Set<String> unique = ConcurrentHashMap.newKeySet();
    static final AtomicLong posts = new AtomicLong();
    static final AtomicInteger orderViolations = new AtomicInteger();
    static final Map<String, Integer> lastState = new ConcurrentHashMap<>();
    static final Map<String, List<String>> paths = new ConcurrentHashMap<>();
    static final Set<String> cdrLegs = ConcurrentHashMap.newKeySet();
    static final List<Long> upLatencies = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong LAST_MILLIS = new AtomicLong();
    static volatile long lastArrival;
    static volatile long upAt;
    static volatile long downAt;

    public static void main(String[] args) {
        runMain(() -> run(args));
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        ops = args[1];
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int downFrom = Integer.parseInt(args[4]);
        int downFor = Integer.parseInt(args[5]);
        int deadline = Integer.parseInt(args[6]);

        HttpServer[] receiver = {start(0)};
        int port = receiver[0].getAddress().getPort();
        String app = opsPost("ops/isv/apps", "{\"name\":\"webhook bench\"}");
        String appId = field(app, "account_identifer");
        String appKey = field(app, "key_temp");
        String reg = isv("accountReg", appId, appKey, "company_identifer", "bench-" + System.nanoTime(), "authData",
                "{\"name\":\"bench\",\"telephone\":\"01000000000\",\"linker\":\"ops\"}",
                "status_url", "http://127.0.0.1:" + port + "/status", "record_url", "http://127.0.0.1:" + port
                        + "/record");
        String account = field(reg, "account_identify");
        String key = field(reg, "key_temp");
        check(isv("accountRecharge", account, key, "amount", "1000000", "type", "02", "unit_price", "0.1",
                "ability_type", "COMM"));

        ScheduledExecutorService pool = Executors.newScheduledThreadPool(16);
        int total = (int) Math.round(rate * seconds);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger endFailed = new AtomicInteger();
        long t0 = System.nanoTime();
        for (int i = 0; i < total; i++) {
            pool.schedule(() -> {
                try {
                    String caller = "86138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
                    String reply = isv("createConference", account, key, "caller", caller, "phones",
                            "1390000" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)) + "2,"
                                    + "13900004860", "userId", "bench");
                    check(reply);
                    started.incrementAndGet();
                    endLater(pool, field(reply, "sessionId"), 4, 0, ended, endFailed);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    e.printStackTrace();
                }
            }, (long) (i * 1000 / rate), TimeUnit.MILLISECONDS);
        }
        pool.schedule(() -> {
            receiver[0].stop(0);
            downAt = System.nanoTime();
            System.out.printf("t=%5.1f s receiver down%n", (downAt - t0) / 1e9);
        }, downFrom, TimeUnit.SECONDS);
        pool.schedule(() -> {
            try {
                receiver[0] = start(port);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            upAt = System.nanoTime();
            System.out.printf("t=%5.1f s receiver up again%n", (upAt - t0) / 1e9);
        }, downFrom + downFor, TimeUnit.SECONDS);

        long end = t0 + TimeUnit.SECONDS.toNanos(deadline);
        String counts = "";
        while (System.nanoTime() < end) {
            Thread.sleep(1000);
            counts = opsGet("ops/isv/webhooks?state=PENDING&account=" + account);
            boolean loadDone = started.get() + failed.get() == total && ended.get() + endFailed.get() == started.get();
            if (loadDone && upAt > 0 && count(counts, "PENDING") == 0) {
                break;
            }
        }
        pool.shutdownNow();
        long raised = count(counts, "PENDING") + count(counts, "DELIVERED") + count(counts, "REJECTED")
                + count(counts, "DEAD");
        // Every leg (caller + 2 participants per conference) must have reached the receiver as a whole path:
        // INVITE first, one terminal state last; and every answered leg its one CDR.
        long complete = paths.values().stream().filter(p -> p.get(0).equals("INVITE")
                && List.of("DISCONNECTED", "FAILED", "CANCEL").contains(p.get(p.size() - 1))).count();
        long answered = paths.entrySet().stream().filter(e -> e.getValue().contains("ANSWERED")).count();
        long answeredWithCdr = paths.entrySet().stream().filter(e -> e.getValue().contains("ANSWERED")
                && cdrLegs.contains(e.getKey())).count();
        long expectedLegs = 3L * started.get();
        List<Long> lat = new ArrayList<>(upLatencies);
        Collections.sort(lat);
        System.out.printf("conferences started %d (failed to start %d), ended by CONF-07 %d (failed to end %d)%n",
                started.get(), failed.get(), ended.get(), endFailed.get());
        System.out.printf("events raised by the server %d; server states %s%n",
                raised, counts.replaceAll(".*\"counts\":(\\{[^}]*\\}).*", "$1"));
        System.out.printf("legs with a complete state path at the receiver %d of %d; answered legs %d, with their CDR "
                + "%d%n", complete, expectedLegs, answered, answeredWithCdr);
        System.out.printf("receiver: %d POSTs, %d distinct event ids, duplicates %d, per-leg order violations %d%n",
                posts.get(), unique.size(), posts.get() - unique.size(), orderViolations.get());
        System.out.printf("lost (raised - distinct received): %d%n", raised - unique.size());
        System.out.printf("reference, events raised and sent while the receiver was up: n=%d delivery p50 %d ms, "
                + "p99 %d ms%n", lat.size(), pct(lat, 50), pct(lat, 99));
        System.out.printf("outage %d s: last event delivered %.1f s after the receiver came back%n", downFor,
                (lastArrival - upAt) / 1e9);
        if (raised != unique.size() || complete != expectedLegs || answeredWithCdr != answered
                || count(counts, "DEAD") > 0 || failed.get() > 0
                || endFailed.get() > 0) {
            throw new IllegalStateException("events lost or not raised");
        }
    }

    static void endLater(ScheduledExecutorService pool, String sid, long delay, int tries, AtomicInteger ended,
                         AtomicInteger failed) {
        pool.schedule(() -> {
            try {
                String r = get("httpIntf/endConference.do?sessionid=" + sid);
                if (r.contains("\"result\":\"6\"") && tries < 20) {
                    endLater(pool, sid, 1, tries + 1, ended, failed);
                } else if (r.contains("\"result\":\"0\"")) {
                    ended.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    System.out.println("end " + sid + ": " + r);
                }
            } catch (Exception e) {
                failed.incrementAndGet();
                e.printStackTrace();
            }
        }, delay, TimeUnit.SECONDS);
    }

    static HttpServer start(int port) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        s.setExecutor(Executors.newFixedThreadPool(8));
        s.createContext("/", WebhookLoad::handle);
        s.start();
        return s;
    }

    static void handle(HttpExchange exchange) throws java.io.IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        long now = System.nanoTime();
        posts.incrementAndGet();
        lastArrival = now;
        boolean fresh = unique.add(exchange.getRequestHeaders().getFirst("X-Switchboard-Event-Id"));
        boolean record = exchange.getRequestURI().getPath().endsWith("/record");
        if (record && fresh) {
            Matcher c = Pattern.compile("\"session_id\":\"(\\d+)\".*\"callee\":\"(\\d+)\"").matcher(body);
            if (c.find()) {
                cdrLegs.add(c.group(1) + "/" + c.group(2));
            }
        }
        if (!record && fresh) {
            Matcher m = Pattern.compile("\"session_id\":\"(\\d+)\".*\"callee\":\"(\\d+)\",\"call_state\":\"(\\w+)\","
                    + "\"stateTime\":\"(\\d+)\"").matcher(body);
            if (m.find()) {
                int state = List.of(STATES).indexOf(m.group(3));
                paths.computeIfAbsent(m.group(1) + "/" + m.group(2), k -> Collections.synchronizedList(
                        new ArrayList<>())).add(m.group(3));
                Integer before = lastState.put(m.group(1) + "/" + m.group(2), state);
                if (before != null && before >= state) {
                    orderViolations.incrementAndGet();
                }
                if (downAt == 0) {
                    long stamped = LocalDateTime.parse(m.group(4), STATE_TIME).atZone(ZoneId.systemDefault())
                            .toInstant().toEpochMilli();
                    upLatencies.add(System.currentTimeMillis() - stamped);
                }
            }
        }
        byte[] reply = (record ? (fresh ? "{\"code\":\"0000\",\"desc\":\"success\"}"
                : "{\"code\":\"0002\",\"desc\":\"duplicate\"}") : "{\"result\":\"0\",\"describe\":\"success\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    static String isv(String method, String identity, String key, String... fields) throws Exception {
        StringBuilder q = new StringBuilder();
        String idField = method.equals("accountReg") ? "account_identifer" : "account_identify";
        // Never the same timestamp twice: the same signature again would be a replay.
        String ts = Long.toString(LAST_MILLIS.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis())));
        q.append(idField).append('=').append(identity);
        for (int i = 0; i < fields.length; i += 2) {
            q.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        String sign = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest((identity + key + ts).getBytes(StandardCharsets.UTF_8)));
        return get("httpIntf/" + method + ".do?" + q + "&timestamp=" + ts + "&sign=" + sign);
    }

    static String opsPost(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ops).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static void check(String reply) {
        if (!reply.contains("\"result\":\"0\"")) {
            throw new IllegalStateException(reply);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " missing in " + json);
        }
        return m.group(1);
    }

    static long count(String json, String state) {
        Matcher m = Pattern.compile("\"" + state + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
