package com.switchboard.heihei.live;

import com.switchboard.heihei.channel.HeiheiChannel;
import com.switchboard.heihei.channel.MsgIds;
import com.switchboard.platform.schedule.Repeating;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Frames to a live room (HH-ENV-03 {@code toLive}) through the platform registry: one bus message per frame, each
 * instance writing to its own subscribers. Gifts, barrages, kicks, mutes, stop-live and co-hosting actions go out
 * as they come; likes and texts pass this instance's per-room ceiling ({@link FrameCeiling}).
 */
@ApplicationScoped
public class RoomFrames {
    private static final Logger LOG = Logger.getLogger(RoomFrames.class.getName());

    @Inject
    HeiheiChannel channel;
    @Inject
    LiveSettings settings;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Long, FrameCeiling> ceilings = new ConcurrentHashMap<>();
    private final Repeating flush = new Repeating(this::flush, 200);

    /** A frame never dropped or merged. */
    public void important(long liveId, JsonObject frame) {
        channel.toTopic(HeiheiChannel.liveTopic(liveId), frame);
    }

    /** HH-RT-04 under the ceiling. */
    public void text(long liveId, JsonObject frame) {
        if (ceiling(liveId).text(frame, System.currentTimeMillis())) {
            important(liveId, frame);
        } else {
            flush.ensureStarted(scheduler);
        }
    }

    /** HH-RT-06 under the ceiling. */
    public void like(long liveId, JsonObject frame) {
        if (ceiling(liveId).like(frame, System.currentTimeMillis())) {
            important(liveId, frame);
        } else {
            flush.ensureStarted(scheduler);
        }
    }

    /** The room ended: nothing waiting is sent. */
    public void forget(long liveId) {
        ceilings.remove(liveId);
    }

    private FrameCeiling ceiling(long liveId) {
        return ceilings.computeIfAbsent(liveId, id -> new FrameCeiling(settings.roomFramesPerSecond()));
    }

    private void flush() {
        long now = System.currentTimeMillis();
        ceilings.forEach((liveId, ceiling) -> {
            try {
                for (JsonObject frame : ceiling.due(now, MsgIds::next)) {
                    important(liveId, frame);
                }
                if (ceiling.idle(now)) {
                    ceilings.remove(liveId, ceiling);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not send the waiting frames of live " + liveId, e);
            }
        });
    }

    @PreDestroy
    void stop() {
        flush.stop();
    }
}
