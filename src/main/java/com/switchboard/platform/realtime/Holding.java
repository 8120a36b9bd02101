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
    final long since = System.currentTimeMillis();
    private final List<String> frames = new ArrayList<>();
    private boolean done;

    Holding(String connectionId) {
        this.connectionId = connectionId;
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
