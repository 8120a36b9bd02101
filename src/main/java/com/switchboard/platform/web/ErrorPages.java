package com.switchboard.platform.web;

import com.switchboard.platform.wire.ErrorKind;
import com.switchboard.platform.wire.Family;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The container's own error pages (WEB-INF/web.xml {@code error-page}): a request the server refuses before any
 * application code runs (an encoded {@code ..} or {@code /} in the path, a path outside every endpoint) answers in
 * its family's JSON, never an HTML page with a stack frame.
 */
@WebServlet(urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {
    static final String PATH = "/error-page";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String u && u.startsWith(req.getContextPath())
                ? u.substring(req.getContextPath().length()) : "";
        ErrorKind kind = switch (code) {
            case 404 -> ErrorKind.NOT_FOUND;
            case 405 -> ErrorKind.METHOD_NOT_ALLOWED;
            case 413 -> ErrorKind.TOO_LARGE;
            case 400, 411, 414, 415, 431 -> ErrorKind.INVALID_PARAMS;
            default -> ErrorKind.SERVER_ERROR;
        };
        Family family = Family.of(path);
        if (!resp.isCommitted()) {
            resp.resetBuffer();
            resp.setStatus(family.dialect().status(kind));
            resp.setContentType("application/json;charset=UTF-8");
            resp.getWriter().write(family.dialect().body(kind, kind == ErrorKind.SERVER_ERROR ? "server error"
                    : "request refused (" + code + ")").toString());
        }
    }
}
