package com.switchboard.heihei.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Live-room settings (heihei.md §7); each can be overridden by the environment (upper case, underscores). */
@ApplicationScoped
public class LiveSettings {
    /** HH-LIVE-20: no lock may leave fewer unlocked seats (502). */
    public static final int MIN_UNLOCKED_SEATS = 2;
    static final int MIN_SEATS = 2;
    static final int MAX_SEATS = 200;

    /** Seat limit of a new room ({@code roomUserCount}), within 2..200. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.room-user-count", defaultValue = "9")
    int roomUserCount;
    /** HH-LIVE-14 {@code nextTimeout} (s); a viewer silent for twice this leaves, an anchor's unpaused live ends. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.heartbeat-seconds", defaultValue = "30")
    int heartbeatSeconds;
    /** HH-LIVE-30: diamonds a barrage costs. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.barrage-price", defaultValue = "1")
    long barragePrice;
    /** Low-priority frames (likes, texts) a room gets per second at most; above it likes merge, texts drop. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.room-frames-per-second", defaultValue = "40")
    int roomFramesPerSecond;
    /** HH-LIVE-23: one knock per user per live per this many seconds (504). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.knock-seconds", defaultValue = "60")
    int knockSeconds;
    /** HH-LIVE-24: a kicked viewer cannot join that live again for this long (737), or until it ends. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.kick-seconds", defaultValue = "3600")
    long kickSeconds;
    /** HH-LIVE-10/15/17..19 {@code expireTime} (s) clients may cache a reply. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.expire-seconds", defaultValue = "10")
    int expireSeconds;
    /** How long the push address's stream key is accepted after it was issued. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.stream-key-seconds", defaultValue = "86400")
    long streamKeySeconds;

    /** OBJ-LIVEOPTIONS: anchor idle seconds before the client asks "are you there?", then seconds to answer. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.inefficient-seconds", defaultValue = "300")
    int inefficientSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.count-down-seconds", defaultValue = "60")
    int countDownSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.help-link", defaultValue = "https://www.example.com/heihei/help")
    String helpLink;

    public int inefficientSeconds() {
        return inefficientSeconds;
    }

    public int countDownSeconds() {
        return countDownSeconds;
    }

    public String helpLink() {
        return helpLink;
    }

    public int roomUserCount() {
        return Math.max(MIN_SEATS, Math.min(MAX_SEATS, roomUserCount));
    }

    public int heartbeatSeconds() {
        return Math.max(1, heartbeatSeconds);
    }

    public long barragePrice() {
        return Math.max(1, barragePrice);
    }

    public Duration kickedOut() {
        return Duration.ofSeconds(Math.max(0, kickSeconds));
    }

    public int roomFramesPerSecond() {
        return Math.max(1, roomFramesPerSecond);
    }

    public Duration knockEvery() {
        return Duration.ofSeconds(Math.max(0, knockSeconds));
    }

    public int expireSeconds() {
        return expireSeconds;
    }

    public Duration streamKeyLife() {
        return Duration.ofSeconds(Math.max(60, streamKeySeconds));
    }
}
