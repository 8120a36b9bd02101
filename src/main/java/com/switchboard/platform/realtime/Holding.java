package com.switchboard.platform.realtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames for an owner between its admission (presence committed, upgrade not yet answered) and its socket's
 * registration: a peer can already address the owner, and those frames are delivered, in order, once the socket is.
 */
final class Holding {
    static final int MAX_FRAMES = 64;

    final String connectionId;
    /** The new socket replaces the owner's others: frames go to it only. */
    final boolean replaces;
    final long since = System.currentTimeMillis();
    private final List<String> frames = new ArrayList<>();
    private boolean done;

    Holding(String connectionId, boolean replaces) {
        this.connectionId = connectionId;
        this.replaces = replaces;
    }

    synchronized boolean offer(String frame) {
        if (done || frames.size() >= MAX_FRAMES) {
            return false;
        }
        frames.add(frame);
        return true;
    }

    synchronized void flushTo(Link link) {
        done = true;
        frames.forEach(link::send);
        frames.clear();
    }
}
