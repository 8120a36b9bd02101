import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * heihei random matching (HH-CHAT-01) and unread counts on two instances sharing PostgreSQL and Artemis. Each round:
 * every user (half with a channel socket and requests on instance A, half on B) asks to be matched at once; the
 * latency is from a user's match-chat request to the join-chat frame on its socket; every user must be in at most
 * one chat and each chat must have exactly two users who both see it (HH-CHAT-13 from each side). Interleaved with
 * each round, the reference: HH-GIFT-04 (a token-checked read of one row) from the same clients. Then N direct
 * messages to one user from 50 senders through both instances must leave exactly N unread.
 * Usage: MatchLoad baseA baseB opsToken users rounds messages
 */
class MatchLoad extends BenchClient {
    private static final Pattern CHAT_ID = Pattern.compile("\"chatId\":(\\d+)");
    private static final Pattern UNREAD = Pattern.compile("\"unreadMsgCount\":(\\d+)");
    private static final int CLIENTS = 64;

    /** One user's socket: the join-chat frames it got this round, with their arrival time. */
    static final class Seat implements WebSocket.Listener {
        final HeiheiUser user;
        final String base;
        final List<long[]> joins = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        Seat(HeiheiUser user, String base) {
            this.user = user;
            this.base = base;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                if (partial.indexOf("\"join-chat\"") >= 0) {
                    Matcher m = CHAT_ID.matcher(partial);
                    if (m.find()) {
                        synchronized (joins) {
                            joins.add(new long[]{Long.parseLong(m.group(1)), System.nanoTime()});
                        }
                    }
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    static String postTo(String base, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static void ok(String reply) {
        if (!reply.contains("\"errorcode\":0")) {
            throw new IllegalStateException(reply);
        }
    }

    public static void main(String[] args) {
        runMain(() -> {
            String baseA = args[0];
            String baseB = args[1];
            base = baseA;
            ops = args[2];
            int n = Integer.parseInt(args[3]);
            int rounds = Integer.parseInt(args[4]);
            int messages = Integer.parseInt(args[5]);
            List<HeiheiUser> users = heiheiUsers(n + 51, "138");
            List<HeiheiUser> matchers = users.subList(0, n);
            List<Seat> seats = new ArrayList<>();
            HttpClientHolder ws = new HttpClientHolder();
            for (int i = 0; i < matchers.size(); i++) {
                String b = i % 2 == 0 ? baseA : baseB;
                Seat seat = new Seat(matchers.get(i), b);
                ws.client.newWebSocketBuilder().buildAsync(URI.create(b.replaceFirst("^http", "ws")
                        + "ws/channel?token=" + seat.user.token()), seat).get(20, TimeUnit.SECONDS);
                seats.add(seat);
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int r = 1; r <= rounds; r++) {
                long[] reference = reference(pool, matchers, baseA, baseB);
                matchRound(r, pool, seats, reference);
            }
            unread(pool, users.get(n), users.subList(n + 1, n + 51), baseA, baseB, messages);
            pool.shutdownNow();
        });
    }

    /** 2,000 HH-GIFT-04 requests from the same clients over both instances: sorted latencies in microseconds. */
    static long[] reference(ExecutorService pool, List<HeiheiUser> users, String a, String b) throws Exception {
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            HeiheiUser u = users.get(i % users.size());
            String base = i % 2 == 0 ? a : b;
            done.add(pool.submit(() -> {
                long t = System.nanoTime();
                ok(postTo(base, "api/user/user-gold", "{\"token\":\"" + u.token() + "\"}"));
                return (System.nanoTime() - t) / 1000;
            }));
        }
        long[] us = new long[done.size()];
        for (int i = 0; i < us.length; i++) {
            us[i] = done.get(i).get();
        }
        Arrays.sort(us);
        return us;
    }

    static void matchRound(int round, ExecutorService pool, List<Seat> seats, long[] reference) throws Exception {
        seats.forEach(s -> {
            synchronized (s.joins) {
                s.joins.clear();
            }
        });
        Map<Seat, Long> started = new ConcurrentHashMap<>();
        List<Future<?>> asked = new ArrayList<>();
        for (Seat s : seats) {
            asked.add(pool.submit(() -> {
                started.put(s, System.nanoTime());
                ok(postTo(s.base, "api/chat/match-chat", "{\"token\":\"" + s.user.token() + "\"}"));
                return null;
            }));
        }
        for (Future<?> f : asked) {
            f.get();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int expectedPairs = seats.size() / 2;
        while (System.nanoTime() < deadline && matched(seats) < 2 * expectedPairs) {
            Thread.sleep(50); // a bench polling its own counters, not a test waiting on the server
        }
        Map<Long, List<Seat>> chats = new HashMap<>();
        int duplicates = 0;
        List<Long> latencies = new ArrayList<>();
        for (Seat s : seats) {
            synchronized (s.joins) {
                if (s.joins.size() > 1) {
                    duplicates++;
                }
                for (long[] j : s.joins) {
                    chats.computeIfAbsent(j[0], id -> new ArrayList<>()).add(s);
                    latencies.add((j[1] - started.get(s)) / 1000);
                }
            }
        }
        int badChats = 0;
        List<Future<Boolean>> checks = new ArrayList<>();
        for (Map.Entry<Long, List<Seat>> c : chats.entrySet()) {
            if (c.getValue().size() != 2) {
                badChats++;
                continue;
            }
            for (Seat s : c.getValue()) {
                checks.add(pool.submit(() -> {
                    String chat = postTo(s.base, "api/chat/get-chat", "{\"token\":\"" + s.user.token()
                            + "\",\"chatId\":" + c.getKey() + "}");
                    return chat.contains("\"errorcode\":0") && c.getValue().stream()
                            .allMatch(m -> chat.contains("\"id\":" + m.user.id() + ","));
                }));
            }
        }
        int inconsistent = 0;
        for (Future<Boolean> f : checks) {
            if (!f.get()) {
                inconsistent++;
            }
        }
        List<Future<?>> ended = new ArrayList<>();
        for (Map.Entry<Long, List<Seat>> c : chats.entrySet()) {
            Seat s = c.getValue().get(0);
            ended.add(pool.submit(() -> postTo(s.base, "api/chat/stop-chat", "{\"token\":\"" + s.user.token()
                    + "\",\"chatId\":" + c.getKey() + "}")));
        }
        for (Seat s : seats) {
            ended.add(pool.submit(() -> postTo(s.base, "api/chat/stop-match-chat", "{\"token\":\"" + s.user.token()
                    + "\"}")));
        }
        for (Future<?> f : ended) {
            f.get();
        }
        long[] us = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("round %d: %d users, %d chats, %d users unmatched, %d users in two chats, %d chats not of "
                        + "two, %d get-chat views inconsistent | match p50 %.1f ms p99 %.1f ms | reference HH-GIFT-04 "
                        + "p50 %.2f ms p99 %.2f ms | ratio p50 %.0fx p99 %.0fx%n", round, seats.size(), chats.size(),
                seats.size() - latencies.size(), duplicates, badChats, inconsistent, pct(us, 0.5) / 1000,
                pct(us, 0.99) / 1000, pct(reference, 0.5) / 1000, pct(reference, 0.99) / 1000,
                pct(us, 0.5) / pct(reference, 0.5), pct(us, 0.99) / pct(reference, 0.99));
    }

    static int matched(List<Seat> seats) {
        int n = 0;
        for (Seat s : seats) {
            synchronized (s.joins) {
                n += s.joins.isEmpty() ? 0 : 1;
            }
        }
        return n;
    }

    /** N direct messages to one user from 50 senders, half through each instance: exactly N unread, then 0. */
    static void unread(ExecutorService pool, HeiheiUser to, List<HeiheiUser> senders, String a, String b,
                       int messages) throws Exception {
        long t0 = System.nanoTime();
        List<Future<Long>> sent = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            HeiheiUser from = senders.get(i % senders.size());
            String base = i % 2 == 0 ? a : b;
            int k = i;
            sent.add(pool.submit(() -> {
                long t = System.nanoTime();
                ok(postTo(base, "api/msg/send-im", "{\"token\":\"" + from.token() + "\",\"toUserId\":" + to.id()
                        + ",\"msgType\":\"text\",\"content\":{\"text\":\"m" + k + "\"}}"));
                return (System.nanoTime() - t) / 1000;
            }));
        }
        long[] us = new long[messages];
        for (int i = 0; i < messages; i++) {
            us[i] = sent.get(i).get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(us);
        int seenA = unreadOf(a, to);
        int seenB = unreadOf(b, to);
        ok(postTo(b, "api/msg/message-read-all", "{\"token\":\"" + to.token() + "\"}"));
        int after = unreadOf(a, to);
        System.out.printf("unread: %d messages from %d senders over 2 instances in %.1f s (%.0f msgs/s), send-im p50 "
                        + "%.2f ms p99 %.2f ms; unreadMsgCount on A %d, on B %d (%s); after read-all %d%n", messages,
                senders.size(), seconds, messages / seconds, pct(us, 0.5) / 1000, pct(us, 0.99) / 1000, seenA, seenB,
                seenA == messages && seenB == messages ? "exact" : "WRONG", after);
    }

    static int unreadOf(String base, HeiheiUser u) throws Exception {
        Matcher m = UNREAD.matcher(postTo(base, "api/msg/message-list", "{\"token\":\"" + u.token() + "\"}"));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** One WebSocket client for every seat (its own executor: frames never wait on the request pool). */
    static final class HttpClientHolder {
        final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
    }
}
