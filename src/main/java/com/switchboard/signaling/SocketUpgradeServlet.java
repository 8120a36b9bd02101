package com.switchboard.signaling;

import com.switchboard.platform.wire.SignalingDialect;
import com.switchboard.platform.wire.SignalingDialect.Code;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Checks the upgrade request before any WebSocket exists (SIG-03 Proposed: missing, invalid or expired token → HTTP
 * 401, no upgrade), then upgrades with WebSocket 2.1's {@code upgradeHttpToWebSocket}. The endpoints are not
 * deployed by annotation, so this check cannot be bypassed.
 */
@WebServlet(urlPatterns = {SocketUpgradeServlet.SIGNALING, SocketUpgradeServlet.ROOM})
public class SocketUpgradeServlet extends HttpServlet {
    static final String SIGNALING = "/socket.io";
    static final String ROOM = "/socket.io/room";

    @Inject
    DirectoryService directory;
    @Inject
    CallService calls;
    @Inject
    Connections connections;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"websocket".equalsIgnoreCase(req.getHeader("Upgrade"))) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, Code.ERROR_CODE_DATA_INVALID, "websocket upgrade required");
            return;
        }
        if (ROOM.equals(req.getServletPath())) {
            String roomId = req.getParameter("room_id");
            if (!isUuid(roomId) || !calls.roomOpen(roomId)) {
                plain(resp, HttpServletResponse.SC_NOT_FOUND, Code.ERROR_CODE_DATA_INVALID, "no open room with this room_id");
                return;
            }
            upgrade(req, resp, ROOM, RoomSocket.class, () -> new RoomSocket(roomId, calls, connections));
            return;
        }
        Optional<Device> device = directory.authenticate(req.getParameter("token"));
        if (device.isEmpty()) {
            resp.setHeader("WWW-Authenticate", "Bearer");
            plain(resp, HttpServletResponse.SC_UNAUTHORIZED, Code.ERROR_CODE_TOKEN_INVALID, "token invalid or expired");
            return;
        }
        connections.opening(device.get());
        upgrade(req, resp, SIGNALING, SignalingSocket.class, () -> new SignalingSocket(device.get(), calls, connections));
    }

    private void upgrade(HttpServletRequest req, HttpServletResponse resp, String path,
                         Class<? extends jakarta.websocket.Endpoint> type,
                         Supplier<jakarta.websocket.Endpoint> endpoint) throws IOException {
        ServerContainer container = (ServerContainer) getServletContext()
                .getAttribute(ServerContainer.class.getName());
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(type, path)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T getEndpointInstance(Class<T> type) {
                        return (T) endpoint.get();
                    }
                }).build();
        try {
            container.upgradeHttpToWebSocket(req, resp, config, Map.of());
        } catch (DeploymentException e) {
            throw new IOException("WebSocket upgrade failed", e);
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

    private static void plain(HttpServletResponse resp, int status, Code code, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.getWriter().write(SignalingDialect.reply(code, message).toString());
    }
}
