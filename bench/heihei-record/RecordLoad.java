import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HH-TOPIC-11's memory: ROUNDS times, interleaved, a SIZE-MiB voice record (over the limit: read through and refused
 * with 756) and the reference, a 1 KiB record refused the same way by its MD5 (754). During each upload the server's
 * heap is sampled with jstat every 100 ms: peak old generation and peak whole heap above the reading at the start.
 * Streamed, the big upload's peaks stay near the reference's; buffered, they would grow by its size (and a server run
 * with a heap smaller than the upload would fail). Usage: RecordLoad base opsToken pid sizeMiB rounds
 */
class RecordLoad extends BenchClient {
    private static final String B = "----benchBoundary";

    public static void main(String[] args) {
        runMain(() -> run(args));
    }

    record Sample(String kind, int code, double seconds, long oldPeak, long heapPeak) {
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        ops = args[1];
        long pid = Long.parseLong(args[2]);
        long size = Long.parseLong(args[3]) << 20;
        int rounds = Integer.parseInt(args[4]);
        HeiheiUser user = heiheiUsers(1, "176").get(0);
        List<Sample> samples = new ArrayList<>();
        upload(user, pid, 1024, "warm-up");
        upload(user, pid, size, "warm-up");
        for (int r = 0; r < rounds; r++) {
            samples.add(upload(user, pid, 1024, "reference"));
            samples.add(upload(user, pid, size, "big"));
        }
        samples.forEach(s -> System.out.printf("%-9s errorcode %d  %6.2f s  old gen peak +%6.1f MiB  heap peak +%6.1f MiB%n",
                s.kind(), s.code(), s.seconds(), s.oldPeak() / 1048576.0, s.heapPeak() / 1048576.0));
        for (String kind : List.of("reference", "big")) {
            List<Long> old = new ArrayList<>();
            List<Long> heap = new ArrayList<>();
            samples.stream().filter(s -> s.kind().equals(kind)).forEach(s -> {
                old.add(s.oldPeak());
                heap.add(s.heapPeak());
            });
            Collections.sort(old);
            Collections.sort(heap);
            System.out.printf("median %-9s old gen peak +%.1f MiB, heap peak +%.1f MiB%n", kind,
                    old.get(old.size() / 2) / 1048576.0, heap.get(heap.size() / 2) / 1048576.0);
        }
        System.out.printf("upload size %d MiB%n", size >> 20);
    }

    static Sample upload(HeiheiUser user, long pid, long size, String kind) throws Exception {
        long[] start = heap(pid);
        AtomicLong oldPeak = new AtomicLong(start[0]);
        AtomicLong heapPeak = new AtomicLong(start[1]);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                try {
                    long[] h = heap(pid);
                    oldPeak.accumulateAndGet(h[0], Math::max);
                    heapPeak.accumulateAndGet(h[1], Math::max);
                    Thread.sleep(100); // the sampling period
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        String head = field("token", user.token()) + field("fileName", "voice.mp3") + field("fileMd5", "00")
                + field("recordLength", "30") + "--" + B
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"voice.mp3\"\r\n\r\n";
        InputStream body = new SequenceInputStream(new SequenceInputStream(
                new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), zeros(size)),
                new java.io.ByteArrayInputStream(("\r\n--" + B + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/record/upload-record"))
                .header("Content-Type", "multipart/form-data; boundary=" + B)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        done.set(true);
        sampler.join();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"errorcode\":(\\d+)").matcher(r.body());
        int code = m.find() ? Integer.parseInt(m.group(1)) : -r.statusCode();
        return new Sample(kind, code, seconds, oldPeak.get() - start[0], heapPeak.get() - start[1]);
    }

    static String field(String name, String value) {
        return "--" + B + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    /** {old gen used, heap used} in bytes, from {@code jstat -gc} (KiB columns). */
    static long[] heap(long pid) throws Exception {
        Process p = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        p.waitFor();
        String[] names = lines.get(0).trim().split("\\s+");
        String[] values = lines.get(1).trim().split("\\s+");
        double old = 0;
        double used = 0;
        for (int i = 0; i < names.length; i++) {
            double v = Double.parseDouble(values[i]);
            switch (names[i]) {
                case "OU" -> {
                    old = v;
                    used += v;
                }
                case "S0U", "S1U", "EU" -> used += v;
                default -> {
                }
            }
        }
        return new long[]{(long) (old * 1024), (long) (used * 1024)};
    }
}
