package com.switchboard.signaling;

import com.switchboard.platform.realtime.Owner;
import com.switchboard.platform.realtime.RealtimeRegistry;
import com.switchboard.platform.realtime.SocketUpgrade;
import com.switchboard.platform.wire.SignalingDialect;
import com.switchboard.platform.wire.SignalingDialect.Code;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the upgrade request before any WebSocket exists (SIG-03 Proposed: missing, invalid or expired token → HTTP
 * 401, no upgrade) and commits the device's presence before answering it, so that a peer calling the moment the
 * handshake returns finds the device online and its {@code called} frame waits for the socket.
 */
@WebServlet(urlPatterns = {SocketUpgradeServlet.SIGNALING, SocketUpgradeServlet.ROOM})
public class SocketUpgradeServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(SocketUpgradeServlet.class.getName());
    static final String SIGNALING = "/socket.io";
    static final String ROOM = "/socket.io/room";

    @Inject
    DirectoryService directory;
    @Inject
    CallService calls;
    @Inject
    SignalingDelivery delivery;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!SocketUpgrade.requested(req)) {
            refuse(resp, HttpServletResponse.SC_BAD_REQUEST, Code.ERROR_CODE_DATA_INVALID, "websocket upgrade required");
            return;
        }
        if (ROOM.equals(req.getServletPath())) {
            String roomId = req.getParameter("room_id");
            if (!isUuid(roomId) || !calls.roomOpen(roomId)) {
                refuse(resp, HttpServletResponse.SC_NOT_FOUND, Code.ERROR_CODE_DATA_INVALID, "no open room with this room_id");
                return;
            }
            String connection = RealtimeRegistry.newConnectionId();
            SocketUpgrade.upgrade(getServletContext(), req, resp, ROOM, RoomSocket.class,
                    () -> new RoomSocket(roomId, connection, calls, delivery));
            return;
        }
        Optional<Device> device = directory.authenticate(req.getParameter("token"));
        if (device.isEmpty()) {
            refuse(resp, HttpServletResponse.SC_UNAUTHORIZED, Code.ERROR_CODE_TOKEN_INVALID, "token invalid or expired");
            return;
        }
        admitAndUpgrade(req, resp, device.get());
    }

    private void admitAndUpgrade(HttpServletRequest req, HttpServletResponse resp, Device device) throws IOException {
        RealtimeRegistry registry = delivery.registry();
        Owner owner = SignalingDelivery.owner(device);
        String connection = RealtimeRegistry.newConnectionId();
        registry.admitting(owner, connection, true);
        List<Effect> replaced;
        try {
            replaced = connect(device, registry.instanceId(), connection);
        } catch (RuntimeException e) {
            registry.abandon(owner, connection);
            LOG.log(Level.WARNING, "Could not record the connect of " + device, e);
            refuse(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Code.ERROR_CODE_DATA_INVALID, "try again");
            return;
        }
        try {
            SocketUpgrade.upgrade(getServletContext(), req, resp, SIGNALING, SignalingSocket.class,
                    () -> new SignalingSocket(device, connection, replaced, calls, delivery));
        } catch (IOException | RuntimeException e) {
            registry.abandon(owner, connection);
            calls.disconnected(device, connection);
            throw e;
        }
    }

    private List<Effect> connect(Device device, String instance, String connection) {
        try {
            return calls.connected(device, instance, connection);
        } catch (RuntimeException firstConnectRace) {
            // Two sockets of one device opened at once and both tried to insert its presence: the loser replaces.
            return calls.connected(device, instance, connection);
        }
    }

    static boolean isUuid(String s) {
        if (s == null || s.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(s).toString().equals(s.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse resp, int status, Code code, String message) throws IOException {
        SocketUpgrade.refuse(resp, status, SignalingDialect.reply(code, message).toString());
    }
}
