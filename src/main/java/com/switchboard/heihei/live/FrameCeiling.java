package com.switchboard.heihei.live;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One room's ceiling on low-priority frames (likes, texts) per second, as large live platforms cap a room: within it
 * a frame goes out at once; above it likes are merged into one frame per second carrying a {@code count}, and texts
 * wait for the next second in a queue one second long, the oldest dropped when it overflows. Thread-safe.
 */
final class FrameCeiling {
    private final int perSecond;
    private long second = Long.MIN_VALUE;
    private int sent;
    private final ArrayDeque<JsonObject> texts = new ArrayDeque<>();
    private JsonObject lastLike;
    private long mergedLikes;
    private long dropped;

    FrameCeiling(int perSecond) {
        this.perSecond = Math.max(1, perSecond);
    }

    /** @return whether the text may go out now (otherwise it waits, or pushes out the oldest waiting one) */
    synchronized boolean text(JsonObject frame, long nowMillis) {
        roll(nowMillis);
        if (texts.isEmpty() && sent < perSecond) {
            sent++;
            return true;
        }
        if (texts.size() >= perSecond) {
            texts.pollFirst();
            dropped++;
        }
        texts.addLast(frame);
        return false;
    }

    /** @return whether the like may go out now (otherwise it is counted into the next merged like) */
    synchronized boolean like(JsonObject frame, long nowMillis) {
        roll(nowMillis);
        if (mergedLikes == 0 && sent < perSecond) {
            sent++;
            return true;
        }
        lastLike = frame;
        mergedLikes++;
        return false;
    }

    /**
     * What may go out now that the second turned: the merged like first (with its {@code count}, a fresh
     * {@code msgId} from {@code msgIds}), then waiting texts up to the ceiling.
     */
    synchronized List<JsonObject> due(long nowMillis, java.util.function.LongSupplier msgIds) {
        roll(nowMillis);
        List<JsonObject> out = new ArrayList<>();
        if (mergedLikes > 0 && sent < perSecond) {
            out.add(Jsons.createObjectBuilder(lastLike).add("count", mergedLikes).add("msgId", msgIds.getAsLong())
                    .build());
            mergedLikes = 0;
            lastLike = null;
            sent++;
        }
        while (!texts.isEmpty() && sent < perSecond) {
            out.add(texts.pollFirst());
            sent++;
        }
        return out;
    }

    /** Whether nothing waits: the room's ceiling can be forgotten once its second is over. */
    synchronized boolean idle(long nowMillis) {
        return texts.isEmpty() && mergedLikes == 0 && nowMillis / 1000 != second;
    }

    synchronized long dropped() {
        return dropped;
    }

    private void roll(long nowMillis) {
        long s = nowMillis / 1000;
        if (s != second) {
            second = s;
            sent = 0;
        }
    }
}
