package com.switchboard.notify;

import com.switchboard.notify.mail.MailServer;
import com.switchboard.platform.schedule.RetrySchedule;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** Configuration of mail watching and rule 6.1 (every key overridable by env var, e.g. SWITCHBOARD_MAIL_IMAP_HOST). */
@ConfigProperties(prefix = "switchboard")
public class NotifySettings {
    @ConfigProperty(name = "notify.redeliver-first-seconds", defaultValue = "60")
    long firstSeconds;
    @ConfigProperty(name = "notify.redeliver-cap-seconds", defaultValue = "1800")
    long capSeconds;
    @ConfigProperty(name = "notify.max-age-seconds", defaultValue = "86400")
    long maxAgeSeconds;
    @ConfigProperty(name = "notify.recovery-grace-seconds", defaultValue = "120")
    long recoveryGraceSeconds;
    @ConfigProperty(name = "mail.imap.host")
    Optional<String> imapHost;
    @ConfigProperty(name = "mail.imap.port")
    Optional<Integer> imapPort;
    @ConfigProperty(name = "mail.imap.tls", defaultValue = "true")
    boolean imapTls;
    @ConfigProperty(name = "mail.imap.ssl-trust")
    Optional<String> sslTrust;
    @ConfigProperty(name = "mail.timeout-millis", defaultValue = "5000")
    long timeoutMillis;
    @ConfigProperty(name = "mail.idle", defaultValue = "true")
    boolean idle;
    @ConfigProperty(name = "mail.watch-timeout-millis", defaultValue = "30000")
    long watchTimeoutMillis;
    @ConfigProperty(name = "mail.poll-seconds", defaultValue = "30")
    long pollSeconds;
    @ConfigProperty(name = "mail.max-mailboxes", defaultValue = "2000")
    int maxMailboxes;
    @ConfigProperty(name = "mail.threads", defaultValue = "4")
    int threads;
    @ConfigProperty(name = "mail.lease-seconds", defaultValue = "90")
    long leaseSeconds;
    @ConfigProperty(name = "mail.page-token-seconds", defaultValue = "600")
    long pageTokenSeconds;
    /** The OA system's bearer token for VOIP-47 (unset: the ingress answers 404). */
    @ConfigProperty(name = "oa.token")
    Optional<String> oaToken;
    @ConfigProperty(name = "mail.key")
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
