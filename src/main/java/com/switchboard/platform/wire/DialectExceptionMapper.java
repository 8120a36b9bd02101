package com.switchboard.platform.wire;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into a reply in the dialect of the family the path belongs to: never an HTML error page,
 * never a stack trace on the wire.
 */
@Provider
public class DialectExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(DialectExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    private Dialect dialect() {
        return Family.of(uriInfo.getPath()).dialect();
    }

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof ApiFailure failure) {
            return dialect().render(failure);
        }
        if (t instanceof NotFoundException) {
            LOG.fine(() -> "No endpoint for " + uriInfo.getRequestUri());
            return dialect().render(ApiFailure.of(ErrorKind.NOT_FOUND, "no such endpoint"));
        }
        if (t instanceof NotAllowedException) {
            return dialect().render(ApiFailure.of(ErrorKind.METHOD_NOT_ALLOWED, "method not allowed"));
        }
        if (t instanceof JsonException || t instanceof JsonbException || t instanceof ValidationException
                || t instanceof ProcessingException) {
            return dialect().render(ApiFailure.invalidParams("malformed request"));
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            ErrorKind kind = status == 413 ? ErrorKind.TOO_LARGE
                    : status == 404 ? ErrorKind.NOT_FOUND
                    : status == 405 ? ErrorKind.METHOD_NOT_ALLOWED : ErrorKind.INVALID_PARAMS;
            return dialect().render(ApiFailure.of(kind, null));
        }
        if (tooLongForColumn(t)) {
            // the backstop behind each request record's @Size: a value the column cannot hold is the client's error
            LOG.warning(() -> "Refused a value too long for its column on " + uriInfo.getPath());
            return dialect().render(ApiFailure.invalidParams("value too long"));
        }
        if (lostARace(t)) {
            // a concurrent duplicate lost on a unique key, or a lock wait timed out: the client's retry is clean
            LOG.warning(() -> "A concurrent request won on " + uriInfo.getPath() + " (" + rootMessage(t) + ")");
            return dialect().render(ApiFailure.of(ErrorKind.CONFLICT, "busy, try again"));
        }
        if (t instanceof StackOverflowError) {
            LOG.warning(() -> "Refused a request nested too deeply on " + uriInfo.getPath());
            return dialect().render(ApiFailure.invalidParams("nested too deeply"));
        }
        LOG.log(Level.SEVERE, "Unexpected failure", t);
        return dialect().render(ApiFailure.of(ErrorKind.SERVER_ERROR, null));
    }

    /** SQLState 22001 (string data right truncation) or 22003 (numeric value out of range), anywhere in the chain. */
    static boolean tooLongForColumn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("22001") || sql.getSQLState().equals("22003"))) {
                return true;
            }
        }
        return false;
    }

    /** SQLState 23xxx (integrity constraint: a duplicate that lost), 40001 (serialization) or a lock timeout. */
    static boolean lostARace(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof jakarta.persistence.PessimisticLockException
                    || c instanceof jakarta.persistence.LockTimeoutException
                    || c instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().equals("40001"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getClass().getSimpleName();
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
