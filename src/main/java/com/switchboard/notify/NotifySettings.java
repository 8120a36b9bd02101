package com.switchboard.notify;

import com.switchboard.notify.mail.MailServer;
import com.switchboard.platform.schedule.RetrySchedule;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** Configuration of mail watching and rule 6.1 (every key overridable by env var, e.g. SWITCHBOARD_MAIL_IMAP_HOST). */
@Dependent
public class NotifySettings {
    @Inject
    @ConfigProperty(name = "switchboard.notify.redeliver-first-seconds", defaultValue = "60")
    long firstSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.notify.redeliver-cap-seconds", defaultValue = "1800")
    long capSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.notify.max-age-seconds", defaultValue = "86400")
    long maxAgeSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.notify.recovery-grace-seconds", defaultValue = "120")
    long recoveryGraceSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.mail.imap.host")
    Optional<String> imapHost;
    @Inject
    @ConfigProperty(name = "switchboard.mail.imap.port")
    Optional<Integer> imapPort;
    @Inject
    @ConfigProperty(name = "switchboard.mail.imap.tls", defaultValue = "true")
    boolean imapTls;
    @Inject
    @ConfigProperty(name = "switchboard.mail.imap.ssl-trust")
    Optional<String> sslTrust;
    @Inject
    @ConfigProperty(name = "switchboard.mail.timeout-millis", defaultValue = "5000")
    long timeoutMillis;
    @Inject
    @ConfigProperty(name = "switchboard.mail.idle", defaultValue = "true")
    boolean idle;
    @Inject
    @ConfigProperty(name = "switchboard.mail.watch-timeout-millis", defaultValue = "30000")
    long watchTimeoutMillis;
    @Inject
    @ConfigProperty(name = "switchboard.mail.poll-seconds", defaultValue = "30")
    long pollSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.mail.max-mailboxes", defaultValue = "2000")
    int maxMailboxes;
    @Inject
    @ConfigProperty(name = "switchboard.mail.threads", defaultValue = "4")
    int threads;
    @Inject
    @ConfigProperty(name = "switchboard.mail.lease-seconds", defaultValue = "90")
    long leaseSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.mail.page-token-seconds", defaultValue = "600")
    long pageTokenSeconds;
    /** The OA system's bearer token for VOIP-47 (unset: the ingress answers 404). */
    @Inject
    @ConfigProperty(name = "switchboard.oa.token")
    Optional<String> oaToken;
    @Inject
    @ConfigProperty(name = "switchboard.mail.key")
    Optional<String> key;

    /** Rule 6.1's redelivery schedule: the first interval (60 s), doubling, capped (30 min). */
    public RetrySchedule backoff() {
        return RetrySchedule.doubling(Duration.ofSeconds(firstSeconds), Duration.ofSeconds(capSeconds));
    }

    public Duration maxAge() {
        return Duration.ofSeconds(maxAgeSeconds);
    }

    public Duration recoveryGrace() {
        return Duration.ofSeconds(recoveryGraceSeconds);
    }

    /** The IMAP server of a mailbox: configured, else derived from the address; null when neither gives one. */
    public MailServer server(String mailAddr) {
        return MailServer.of(mailAddr, imapHost.orElse(null), imapPort.orElse(null), imapTls);
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    /** Connect and read timeout of the watcher's kept-open connections. */
    public Duration watchTimeout() {
        return Duration.ofMillis(watchTimeoutMillis);
    }

    public String sslTrust() {
        return sslTrust.orElse(null);
    }

    /** Whether mailboxes on plain IMAP servers that offer IDLE are watched by IDLE (besides the poll rounds). */
    public boolean idle() {
        return idle;
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    public int maxMailboxes() {
        return maxMailboxes;
    }

    public int threads() {
        return Math.max(1, threads);
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(leaseSeconds, 3 * Math.max(1, pollSeconds)));
    }

    public Duration pageTokenTtl() {
        return Duration.ofSeconds(pageTokenSeconds);
    }

    /** {@code switchboard.mail.key}: base64 of the mailbox-password key (see {@link NotifyKeys}). */
    Optional<String> key() {
        return key;
    }

    public Optional<String> oaToken() {
        return oaToken;
    }
}
