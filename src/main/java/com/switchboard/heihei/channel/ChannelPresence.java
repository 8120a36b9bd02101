package com.switchboard.heihei.channel;

import com.switchboard.platform.realtime.AdmissionExpired;
import com.switchboard.platform.realtime.Presence;
import jakarta.enterprise.event.Observes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A channel socket's presence row, committed before the upgrade is answered and removed when it closes. */
@Stateless
public class ChannelPresence {
    @Inject
    Presence presence;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "switchboard.heihei.channel.sockets-per-user",
            defaultValue = "10")
    int perUser;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "switchboard.heihei.channel.sockets-per-token",
            defaultValue = "5")
    int perToken;

    /**
     * Records the socket unless the user already has {@code sockets-per-user} open, or its sign-in
     * {@code sockets-per-token} (Proposed, defaults 10 and 5; 0 = no cap). @return whether it was recorded
     */
    public boolean connected(long userId, String session, String connection, String instance) {
        Presence.Open open = presence.open(HeiheiChannel.owner(userId), session);
        if (perUser > 0 && open.owner() >= perUser || perToken > 0 && open.session() >= perToken) {
            return false;
        }
        presence.connected(HeiheiChannel.owner(userId), connection, instance, session);
        return true;
    }

    public void disconnected(String connection) {
        presence.disconnected(connection);
    }

    /** An admitted socket that never opened: its presence goes. */
    public void admissionExpired(@Observes AdmissionExpired gone) {
        if (gone.owner().channel().equals(HeiheiChannel.CHANNEL)) {
            presence.disconnected(gone.connectionId());
        }
    }
}
