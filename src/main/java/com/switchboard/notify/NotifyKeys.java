package com.switchboard.notify;

import com.switchboard.platform.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Logger;

/** The mail feature's keys: the mailbox-password cipher and the H5 page's signing key, made once per instance. */
@ApplicationScoped
public class NotifyKeys {
    private static final Logger LOG = Logger.getLogger(NotifyKeys.class.getName());

    @Inject
    NotifySettings settings;
    @Inject
    ServerSecrets secrets;

    private volatile PasswordCipher cipher;
    private volatile byte[] pageKey;

    /**
     * The key mailbox passwords are sealed with: {@code switchboard.mail.key} (base64 of 16/24/32 bytes). Without
     * it a key is generated once and kept in the database, which protects only against a leaked row, not a leaked
     * database: production sets the key.
     */
    public PasswordCipher cipher() {
        PasswordCipher c = cipher;
        if (c == null) {
            byte[] raw;
            if (settings.key().isPresent() && !settings.key().get().isBlank()) {
                raw = Base64.getDecoder().decode(settings.key().get().trim());
            } else {
                LOG.warning("switchboard.mail.key is not set: mailbox passwords are sealed with a key kept in the "
                        + "database; set SWITCHBOARD_MAIL_KEY in production");
                raw = Arrays.copyOf(Base64.getDecoder().decode(secrets.secret("mail-pwd-key")), 32);
            }
            c = new PasswordCipher(raw);
            cipher = c;
        }
        return c;
    }

    /** The key of the H5 page's signed parameter (VOIP-41). */
    public byte[] pageKey() {
        byte[] k = pageKey;
        if (k == null) {
            k = Base64.getDecoder().decode(secrets.secret("mail-page-key"));
            pageKey = k;
        }
        return k.clone();
    }
}
