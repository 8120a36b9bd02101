package com.switchboard.platform.realtime;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One open socket of this instance, with the time anything last arrived on it. */
public final class Link {
    private static final Logger LOG = Logger.getLogger(Link.class.getName());

    private final String id;
    private final Session session;
    private volatile long lastSeen = System.currentTimeMillis();
    /** Set when the server closed the socket's topic (e.g. a signaling room whose call ended). */
    private volatile boolean topicClosed;

    Link(String id, Session session) {
        this.id = id;
        this.session = session;
    }

    public String id() {
        return id;
    }

    public void seen() {
        lastSeen = System.currentTimeMillis();
    }

    long lastSeen() {
        return lastSeen;
    }

    public boolean topicClosed() {
        return topicClosed;
    }

    void markTopicClosed() {
        topicClosed = true;
    }

    /** Sends are serialised per socket: the container allows one blocking send at a time. */
    public boolean send(String text) {
        synchronized (this) {
            try {
                if (session.isOpen()) {
                    session.getBasicRemote().sendText(text);
                    return true;
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "send failed", e);
            }
            return false;
        }
    }

    void ping() {
        synchronized (this) {
            try {
                if (session.isOpen()) {
                    session.getBasicRemote().sendPing(ByteBuffer.allocate(0));
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "ping failed", e);
            }
        }
    }

    public void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "close failed", e);
        }
    }
}
