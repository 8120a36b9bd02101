package com.switchboard.notify.mail;

/** Where a mailbox is read: IMAP over TLS ({@code imaps}) or plain. */
public record MailServer(String host, int port, boolean tls) {
    /**
     * voip.md VOIP-40 (Proposed): the configured host wins; without one the host is derived from the e-mail address
     * ({@code imap.<domain>}), on the configured port or IMAP's standard one.
     */
    public static MailServer of(String mailAddr, String configuredHost, Integer configuredPort, boolean tls) {
        String host = configuredHost;
        if (host == null || host.isBlank()) {
            int at = mailAddr == null ? -1 : mailAddr.lastIndexOf('@');
            if (at < 0 || at == mailAddr.length() - 1) {
                return null;
            }
            host = "imap." + mailAddr.substring(at + 1).trim().toLowerCase();
        }
        int port = configuredPort != null && configuredPort > 0 ? configuredPort : tls ? 993 : 143;
        return new MailServer(host.trim(), port, tls);
    }
}
