package com.switchboard.notify;

import com.switchboard.platform.secret.Hmac;

import java.time.Duration;
import java.time.Instant;

/**
 * VOIP-41's proof that the viewer of the H5 mail page is the user: {@code t = <expiry epoch s>.<HMAC-SHA256(uuid|
 * expiry)>}, issued to a logged-in device by {@code lwork/mail/page_link}. A guessed uuid alone lists nothing.
 */
public final class MailPageTokens {
    private final Hmac hmac;

    public MailPageTokens(byte[] key) {
        this.hmac = new Hmac(key);
    }

    public String issue(String uuid, Instant now, Duration ttl) {
        return hmac.issueExpiring(uuid, now.plus(ttl));
    }

    public boolean valid(String uuid, String token, Instant now) {
        return hmac.validExpiring(uuid, token, now);
    }
}
