import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Mail watching at scale. {@code setup}: N users, each logged in on an Android device with a mailbox set through
 * VOIP-40 on the local IMAP server; waits until the server watches them all. {@code measure}: M mails, each sent by
 * SMTP to a different user whose long-poll is parked; the time from the SMTP DATA reply to new_email_arrived on
 * the long-poll, with C mails in flight.
 * Usage (compiled with bench/BenchClient.java, see run.sh): MailLoad setup BASE OPS USERS SMTP_PORT STATE
 *        MailLoad measure BASE OPS STATE SMTP_PORT MAILS CONCURRENCY LABEL
 */
public class MailLoad extends BenchClient {

    public static void main(String[] args) {
        runMain(() -> run(args));
    }

    static void run(String[] args) throws Exception {
        base = args[1];
        ops = args[2];
        if (args[0].equals("setup")) {
            setup(Integer.parseInt(args[3]), Path(args[5]));
        } else {
            measure(Path(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                    args[7]);
        }
    }

    static java.nio.file.Path Path(String p) {
        return java.nio.file.Path.of(p);
    }

    static void setup(int users, java.nio.file.Path state) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> made = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            made.add(pool.submit(() -> {
                String device = "mail-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
                String[] account = account("17", device);
                String addr = "u" + account[0] + "@bench.example";
                String reply = post("lwork/mail/set_account", "{\"uuid\":\"" + account[1] + "\",\"account\":\""
                        + account[0] + "\",\"mail_acc\":\"" + addr + "\",\"mail_pwd\":\"pw\",\"mail_addr\":\""
                        + addr + "\"}");
                if (!reply.contains("\"result\":\"ok\"")) {
                    throw new IllegalStateException(reply);
                }
                return account[0] + " " + account[1] + " " + device + " " + addr;
            }));
        }
        List<String> lines = new ArrayList<>();
        for (Future<String> f : made) {
            lines.add(f.get());
        }
        pool.shutdown();
        java.nio.file.Files.write(state, lines);
        System.out.printf("setup: %d users with a verified mailbox in %.0f s%n", users,
                (System.nanoTime() - start) / 1e9);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String watch;
        while (true) {
            watch = opsGet("ops/mail/watch");
            Matcher open = Pattern.compile("\"open\":(\\d+)").matcher(watch);
            if (open.find() && Integer.parseInt(open.group(1)) >= users) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not all watched: " + watch);
            }
            Thread.sleep(1000);
        }
        System.out.println("watching: " + watch);
    }

    static void measure(java.nio.file.Path state, int smtpPort, int mails, int concurrency, String label)
            throws Exception {
        List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(state));
        Collections.shuffle(lines);
        List<String> targets = lines.subList(0, Math.min(mails, lines.size()));
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Long>> took = new ArrayList<>();
        for (String line : targets) {
            String[] f = line.split(" ");
            took.add(pool.submit(() -> {
                var poll = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "channel/push_service"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"acc\":\"" + f[0] + "\",\"device_id\":\""
                                + f[2] + "\",\"self_phone\":\"" + f[0] + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                while (!opsGet("ops/push/parked?acc=" + f[0] + "&device_id=" + f[2]).contains("true")) {
                    Thread.sleep(20);
                }
                long sent = smtp(smtpPort, f[3], "bench " + f[0]);
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                var current = poll;
                while (System.nanoTime() < deadline) {
                    String body = current.get().body();
                    if (body.contains("new_email_arrived")) {
                        return System.nanoTime() - sent;
                    }
                    current = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "channel/push_service"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"acc\":\"" + f[0] + "\",\"device_id\":\""
                                    + f[2] + "\",\"self_phone\":\"" + f[0] + "\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                }
                return -1L;
            }));
        }
        List<Long> ns = new ArrayList<>();
        int lost = 0;
        for (Future<Long> f : took) {
            long t = f.get();
            if (t < 0) {
                lost++;
            } else {
                ns.add(t);
            }
        }
        pool.shutdown();
        Collections.sort(ns);
        System.out.printf("%-8s mails=%d  SMTP -> long-poll  p50 %8.1f ms  p90 %8.1f ms  p99 %8.1f ms  max %8.1f ms"
                        + "  missing %d%n", label, ns.size(), pct(ns, 50), pct(ns, 90), pct(ns, 99),
                ns.isEmpty() ? 0 : ns.get(ns.size() - 1) / 1e6, lost);
        System.out.println(label + " watch: " + opsGet("ops/mail/watch"));
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    /** One mail over plain SMTP; returns the moment the server accepted it. */
    static long smtp(int port, String to, String subject) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            expect(in, "220");
            for (String cmd : List.of("HELO bench", "MAIL FROM:<bench@example.org>", "RCPT TO:<" + to + ">",
                    "DATA")) {
                out.write(cmd + "\r\n");
                out.flush();
                expect(in, cmd.equals("DATA") ? "354" : "250");
            }
            out.write("From: bench@example.org\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\nhello\r\n.\r\n");
            out.flush();
            expect(in, "250");
            long accepted = System.nanoTime();
            out.write("QUIT\r\n");
            out.flush();
            return accepted;
        }
    }

    static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(code)) {
                throw new IOException("SMTP: expected " + code + ", got " + line);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
    }
}
