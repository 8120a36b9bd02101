package com.switchboard.heihei;

import com.switchboard.platform.limit.RateLimits;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;

/**
 * Per-sender and per-recipient limits on what one user can make happen to others (direct messages, due-chat rings,
 * live invites, reports) or to the server (client logs), shared by every instance. Each is
 * {@code switchboard.heihei.limits.<action>.per-minute} (a sender's actions a minute) and
 * {@code …<action>.per-recipient-per-minute} (one sender to one recipient); 0 turns a limit off. Over a limit: 400
 * 操作太频繁 (heihei.md §0.5's "too often"), and nothing happens.
 */
@Stateless
public class HeiheiLimits {
    /** A limited action and its default limits. */
    public enum Action {
        DIRECT_MESSAGE("dm", 60, 20),
        DUE_CHAT("due-chat", 10, 3),
        LIVE_INVITE("live-invite", 30, 3),
        REPORT("report", 20, 0),
        CLIENT_LOG("client-log", 10, 0);

        final String name;
        final int perMinute;
        final int perRecipientPerMinute;

        Action(String name, int perMinute, int perRecipientPerMinute) {
            this.name = name;
            this.perMinute = perMinute;
            this.perRecipientPerMinute = perRecipientPerMinute;
        }
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    RateLimits limits;
    @Inject
    Config config;

    /** {@code sender} does {@code action} (to {@code recipient}, or null): within the limits, or 400. */
    public void take(Action action, long sender, Long recipient) {
        String base = "switchboard.heihei.limits." + action.name;
        int perMinute = config.getOptionalValue(base + ".per-minute", Integer.class).orElse(action.perMinute);
        if (!limits.tryTake("hh:" + action.name + ":" + sender, MINUTE, perMinute)) {
            throw tooOften();
        }
        if (recipient != null) {
            int perRecipient = config.getOptionalValue(base + ".per-recipient-per-minute", Integer.class)
                    .orElse(action.perRecipientPerMinute);
            if (!limits.tryTake("hh:" + action.name + ":" + sender + ">" + recipient, MINUTE, perRecipient)) {
                throw tooOften();
            }
        }
    }

    private static HeiheiFailure tooOften() {
        return new HeiheiFailure(400, "操作太频繁，请稍后再试");
    }
}
