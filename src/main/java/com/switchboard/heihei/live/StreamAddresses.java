package com.switchboard.heihei.live;

import com.switchboard.platform.secret.Hmac;
import com.switchboard.platform.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/**
 * A live's stream addresses (OBJ-LIVE {@code pushAddr, streamAddr, hlsAddr, shareAddr, lookbackAddr}) from URL
 * templates with {@code {stream}}, {@code {liveId}} and {@code {key}}. The push address carries a signed, expiring
 * stream key, checked when the ingest asks whether a publish may start (HH-LIVE ingest callbacks).
 */
@ApplicationScoped
public class StreamAddresses {
    static final String SECRET_NAME = "heihei.stream-key";

    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.push-url",
            defaultValue = "rtmp://127.0.0.1:1935/live/{stream}?key={key}")
    String pushUrl;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.stream-url", defaultValue = "rtmp://127.0.0.1:1935/live/{stream}")
    String streamUrl;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.hls-url", defaultValue = "http://127.0.0.1:8088/hls/{stream}.m3u8")
    String hlsUrl;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.share-url", defaultValue = "https://share.example.com/live/{liveId}")
    String shareUrl;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.live.lookback-url",
            defaultValue = "http://127.0.0.1:8088/hls/{stream}.m3u8")
    String lookbackUrl;
    @Inject
    LiveSettings settings;
    @Inject
    ServerSecrets secrets;

    private volatile Hmac hmac;

    /** The streaming provider's stream name ({@code slot}). */
    public static String stream(long liveId) {
        return "hh" + liveId;
    }

    /** The live id a stream name belongs to, or -1. */
    public static long liveOf(String stream) {
        if (stream == null || !stream.matches("hh[0-9]{1,18}")) {
            return -1;
        }
        return Long.parseLong(stream.substring(2));
    }

    /** Only ever in replies to the anchor. */
    public String push(Live live, Instant now) {
        String key = hmac().issueExpiring(stream(live.id()), now.plus(settings.streamKeyLife()));
        return fill(pushUrl, live).replace("{key}", key);
    }

    /** Whether {@code key} was issued for this stream and has not expired (constant-time compare). */
    public boolean validKey(String stream, String key, Instant now) {
        return key != null && key.length() <= 128 && hmac().validExpiring(stream, key, now);
    }

    /** Whether {@code key} was issued for this stream, expired or not (the end of a publish it allowed). */
    public boolean signedKey(String stream, String key) {
        if (key == null || key.length() > 128 || key.indexOf('.') <= 0) {
            return false;
        }
        String expiry = key.substring(0, key.indexOf('.'));
        return expiry.matches("[0-9]{1,12}") && hmac().matches(stream + "|" + expiry, key.substring(key.indexOf('.') + 1));
    }

    public String stream(Live live) {
        return fill(streamUrl, live);
    }

    public String hls(Live live) {
        return fill(hlsUrl, live);
    }

    public String share(Live live) {
        return fill(shareUrl, live);
    }

    /** Empty while the live is unclosed. */
    public String lookback(Live live) {
        return live.unclosed() ? "" : fill(lookbackUrl, live);
    }

    private static String fill(String template, Live live) {
        return template.replace("{stream}", stream(live.id())).replace("{liveId}", Long.toString(live.id()));
    }

    private Hmac hmac() {
        Hmac h = hmac;
        if (h == null) {
            h = Hmac.of(secrets.secret(SECRET_NAME));
            hmac = h;
        }
        return h;
    }
}
