package com.switchboard.heihei.channel;

import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.TokenEnded;
import com.switchboard.platform.realtime.Link;
import com.switchboard.platform.realtime.Owner;
import com.switchboard.platform.realtime.RealtimeRegistry;
import com.switchboard.platform.schedule.Sweep;
import com.switchboard.platform.schedule.SweepClock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A channel socket lasts no longer than the token it was opened with: signing out (HH-USER-05) closes that token's
 * sockets on every instance at once, and once a minute each instance closes its sockets whose token idled out.
 */
@Singleton
@DependsOn("SchemaMigration")
public class ChannelSessions {
    private static final Logger LOG = Logger.getLogger(ChannelSessions.class.getName());
    public static final CloseReason SIGNED_OUT = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
            "signed out");

    @Inject
    RealtimeRegistry registry;
    @Inject
    HeiheiCallers callers;
    @Inject
    SweepClock clock;

    public void signedOut(@Observes TokenEnded ended) {
        registry.closeSession(HeiheiChannel.owner(ended.userId()), ended.session(), SIGNED_OUT);
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void closeExpired() {
        Sweep.step(() -> {
            Map<Owner, List<Link>> links = registry.links(HeiheiChannel.CHANNEL);
            Set<String> sessions = new HashSet<>();
            links.values().forEach(l -> l.forEach(link -> sessions.add(link.session())));
            sessions.remove(null);
            Set<String> live = sessions.isEmpty() ? Set.of() : callers.live(sessions);
            links.forEach((owner, l) -> l.stream().filter(link -> link.session() != null
                            && !live.contains(link.session())).map(Link::session).distinct()
                    .forEach(session -> registry.closeSession(owner, session, SIGNED_OUT)));
        }, "close the channel sockets of ended tokens", LOG);
        clock.ran("channel-sessions", 60);
    }
}
