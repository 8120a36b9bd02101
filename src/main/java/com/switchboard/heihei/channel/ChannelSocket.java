package com.switchboard.heihei.channel;

import com.switchboard.platform.realtime.Link;
import com.switchboard.platform.realtime.Owner;
import com.switchboard.platform.realtime.RealtimeRegistry;
import jakarta.enterprise.event.Event;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HH-WS-01 one socket of a user's channel ({@code /ws/channel?token=…}, opened only for a valid token). Server to
 * client: each text frame is one client message; what the client sends is ignored (keep-alive is ping/pong).
 * A user may have several sockets open, here and on other instances; each gets every frame.
 */
public class ChannelSocket extends jakarta.websocket.Endpoint {
    private static final Logger LOG = Logger.getLogger(ChannelSocket.class.getName());

    private final Owner owner;
    private final String connection;
    private final RealtimeRegistry registry;
    private final ChannelPresence presence;
    private final Event<ChannelOpened> opened;
    private final long userId;
    private final String session;
    private Link link;

    ChannelSocket(long userId, String session, String connection, RealtimeRegistry registry,
                  ChannelPresence presence, Event<ChannelOpened> opened) {
        this.userId = userId;
        this.session = session;
        this.opened = opened;
        this.owner = HeiheiChannel.owner(userId);
        this.connection = connection;
        this.registry = registry;
        this.presence = presence;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        link = registry.open(session, connection, 4 * 1024);
        link.session(this.session);
        session.addMessageHandler(String.class, (jakarta.websocket.MessageHandler.Whole<String>) text -> link.seen());
        registry.attach(owner, link, false);
        Link opening = link;
        try {
            opened.fire(new ChannelOpened(userId, topic -> registry.subscribe(topic, opening)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A room could not subscribe a new channel socket", e);
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (link != null) {
            registry.detach(owner, link);
        }
        try {
            presence.disconnected(connection);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not remove the presence of " + connection, e);
        }
    }
}
