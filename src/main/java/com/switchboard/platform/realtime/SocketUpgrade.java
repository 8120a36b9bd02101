package com.switchboard.platform.realtime;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The upgrade half of a realtime channel: a servlet checks the request (token, presence) before any WebSocket exists
 * and answers a refusal as plain HTTP, then upgrades with WebSocket 2.1's {@code upgradeHttpToWebSocket}. Endpoints
 * are not deployed by annotation, so the check cannot be bypassed.
 */
public final class SocketUpgrade {
    private SocketUpgrade() {
    }

    public static boolean requested(HttpServletRequest req) {
        return "websocket".equalsIgnoreCase(req.getHeader("Upgrade"));
    }

    /** Answers without upgrading: {@code status} with a JSON body in the channel's dialect. */
    public static void refuse(HttpServletResponse resp, int status, String json) throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            resp.setHeader("WWW-Authenticate", "Bearer");
        }
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8"); // the dialects' messages are Chinese
        resp.getWriter().write(json);
    }

    public static void upgrade(ServletContext context, HttpServletRequest req, HttpServletResponse resp, String path,
                               Class<? extends Endpoint> type, Supplier<Endpoint> endpoint) throws IOException {
        ServerContainer container = (ServerContainer) context.getAttribute(ServerContainer.class.getName());
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
}
