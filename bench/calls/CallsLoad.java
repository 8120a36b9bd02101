import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VOIP-15 call status under load: starts L live calls (answered by the simulated gateway, so each reports media
 * stats every second), then C clients poll random sessions' status as fast as they can; then the same clients hit
 * the trivial JAX-RS endpoint of a second WAR in the same Liberty (the reference). Reports throughput, p50/p99, ratio.
 *
 * Usage (compiled with bench/BenchClient.java, see run.sh): CallsLoad baseUrl opsToken liveCalls clients seconds
 */
public class CallsLoad extends BenchClient {

    record Result(double perSecond, long p50, long p99, int errors) {
    }

    public static void main(String[] args) {
        runMain(() -> run(args));
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        ops = args[1];
        int live = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);

        String[] caller = account("15", "bench-caller");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<String>> started = new ArrayList<>();
        for (int i = 0, n = 0; i < live; i++) {
            // the simulated gateway answers every number except those ending 0000, 4860 and 6030
            do {
                n++;
            } while (n % 10000 == 0 || n % 10000 == 4860 || n % 10000 == 6030);
            String callee = "139000" + String.format("%05d", n);
            started.add(pool.submit(() -> {
                String reply = post("lwork/mobile/voip/calls", "{\"user_id\":\"" + caller[1] + "\",\"caller_phone\":\""
                        + caller[0] + "\",\"callee_phone\":\"" + callee + "\",\"sdp\":{\"ip\":\"10.0.0.1\",\"port\":4000},"
                        + "\"userclass\":\"bench\",\"dev_id\":\"bench-caller\",\"acc\":\"" + caller[0]
                        + "\",\"clidata\":{\"os_type\":\"android\"}}");
                Matcher sid = Pattern.compile("\"session_id\":\"([0-9a-f-]{36})\"").matcher(reply);
                if (!sid.find()) {
                    throw new IllegalStateException(reply);
                }
                return sid.group(1);
            }));
        }
        List<String> sessions = new ArrayList<>();
        for (Future<String> f : started) {
            sessions.add(f.get());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        for (String sid : sessions) {
            while (!get("lwork/mobile/voip/calls?session_id=" + sid).contains("\"stats\"")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("call " + sid + " never connected");
                }
                Thread.sleep(20);
            }
        }
        System.out.printf("%d live calls connected, reporting stats%n", live);

        Result reference = null;
        Result status = null;
        for (int pass = 0; pass < 2; pass++) { // the first pass of each is a warm-up
            status = load(pool, clients, pass == 0 ? 5 : seconds,
                    () -> "lwork/mobile/voip/calls?session_id=" + sessions.get(ThreadLocalRandom.current()
                            .nextInt(sessions.size())), "\"peer_status\":\"hookoff\"");
            reference = load(pool, clients, pass == 0 ? 5 : seconds, () -> "trivial/ping", "\"status\":\"ok\"");
        }
        print("VOIP-15 status, " + live + " live calls", status);
        print("trivial JAX-RS (reference)", reference);
        System.out.printf("throughput ratio status / trivial: %.2f (goal >= 0.5); p99 ratio %.2f%n",
                status.perSecond() / reference.perSecond(), status.p99() / (double) reference.p99());
        System.exit(0);
    }

    interface Paths {
        String next();
    }

    static Result load(ExecutorService pool, int clients, int seconds, Paths paths, String expect) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<List<Long>>> runs = new ArrayList<>();
        int[] errors = new int[1];
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    String body = get(paths.next());
                    times.add(System.nanoTime() - t0);
                    if (!body.contains(expect)) {
                        synchronized (errors) {
                            errors[0]++;
                        }
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> r : runs) {
            all.addAll(r.get());
        }
        Collections.sort(all);
        return new Result(all.size() / (double) seconds, all.get(all.size() / 2),
                all.get(Math.min(all.size() - 1, all.size() * 99 / 100)), errors[0]);
    }

    static void print(String what, Result r) {
        System.out.printf("%-36s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d%n", what, r.perSecond(),
                r.p50() / 1e6, r.p99() / 1e6, r.errors());
    }
}
