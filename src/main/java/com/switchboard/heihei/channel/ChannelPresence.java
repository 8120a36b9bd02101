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

    public void connected(long userId, String connection, String instance) {
        presence.connected(HeiheiChannel.owner(userId), connection, instance);
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
