package com.switchboard.heihei.channel;

import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.realtime.Owner;
import com.switchboard.platform.realtime.RealtimeRegistry;
import com.switchboard.platform.realtime.SocketUpgrade;
import com.switchboard.platform.wire.HeiheiDialect;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * HH-WS-01 handshake: the token is checked before any WebSocket exists (missing or invalid → HTTP 401 with the
 * heihei envelope 720), and the socket's presence is committed before the upgrade is answered, so a message sent
 * the moment the handshake returns reaches it.
 */
@WebServlet(urlPatterns = ChannelUpgradeServlet.PATH)
public class ChannelUpgradeServlet extends HttpServlet {
    static final String PATH = "/ws/channel";

    @Inject
    HeiheiCallers callers;
    @Inject
    RealtimeRegistry registry;
    @Inject
    ChannelPresence presence;
    @Inject
    Event<ChannelOpened> opened;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!SocketUpgrade.requested(req)) {
            SocketUpgrade.refuse(resp, HttpServletResponse.SC_BAD_REQUEST,
                    HeiheiDialect.reply(700, "参数错误: websocket upgrade required").toString());
            return;
        }
        Optional<Long> user = callers.find(req.getParameter("token"));
        if (user.isEmpty()) {
            SocketUpgrade.refuse(resp, HttpServletResponse.SC_UNAUTHORIZED,
                    HeiheiDialect.reply(720, "token无效").toString());
            return;
        }
        long userId = user.get();
        Owner owner = HeiheiChannel.owner(userId);
        String connection = RealtimeRegistry.newConnectionId();
        String session = HeiheiCallers.session(req.getParameter("token"));
        registry.admitting(owner, connection, false);
        try {
            if (!presence.connected(userId, session, connection, registry.instanceId())) {
                registry.abandon(owner, connection);
                SocketUpgrade.refuse(resp, 429, HeiheiDialect.reply(400, "连接太多，请关闭其他连接").toString());
                return;
            }
            SocketUpgrade.upgrade(getServletContext(), req, resp, PATH, ChannelSocket.class,
                    () -> new ChannelSocket(userId, session, connection, registry, presence, opened));
        } catch (IOException | RuntimeException e) {
            registry.abandon(owner, connection);
            presence.disconnected(connection);
            throw e;
        }
    }
}
