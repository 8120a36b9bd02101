package com.switchboard.platform.realtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

/**
 * Liveness of this instance's sockets, checked every second without waiting on any of them: a socket whose write has
 * been in flight past the write timeout is closed as {@link Link#TOO_SLOW}; one share of the others is pinged, or
 * closed when silent for longer than the idle time.
 */
@ApplicationScoped
public class SocketWatch {
    static final CloseReason IDLE = new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "idle");

    @Inject
    RealtimeRegistry registry;

    /**
     * The sockets whose id falls in share {@code tick % shares} are pinged (or dropped when silent past
     * {@code idleMillis}). Called every second with as many shares as seconds between pings, so 10,000 sockets are
     * pinged a few hundred a second instead of all at once (a burst that held up every frame sent meanwhile).
     *
     * @return how many sockets were closed as too slow
     */
    public int check(long tick, int shares, long idleMillis) {
        long now = System.currentTimeMillis();
        long silentSince = now - idleMillis;
        int share = (int) Math.floorMod(tick, (long) shares);
        int slow = 0;
        for (Link link : registry.allLinks()) {
            if (link.stalled(now)) {
                link.closeNow(Link.TOO_SLOW);
                slow++;
            } else if (Math.floorMod(link.id().hashCode(), shares) == share) {
                if (link.lastSeen() < silentSince) {
                    link.closeNow(IDLE);
                } else {
                    link.ping();
                }
            }
        }
        return slow;
    }
}
