package com.switchboard.platform.web;

import com.switchboard.platform.metrics.Meters;
import com.switchboard.platform.wire.Family;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Every request: a correlation id (the client's {@code X-Request-Id} when it is a plain token, else a new one)
 * echoed in the reply, its latency in {@code request_duration_seconds} by family, and for a failure — an HTTP error
 * or a business failure in the family's dialect — one log line with family, path, reason and the id, no stack trace.
 */
@Provider
@PreMatching
public class RequestObserver implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(RequestObserver.class.getName());
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String STARTED = RequestObserver.class.getName() + ".started";
    private static final String ID = RequestObserver.class.getName() + ".id";

    @Inject
    Meters meters;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        String given = request.getHeaderString(HEADER);
        request.setProperty(ID, given != null && SANE_ID.matcher(given).matches() ? given : newId());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(ID);
        if (id == null) { // aborted before this filter ran
            id = newId();
        }
        response.getHeaders().putSingle(HEADER, id);
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        Family family = Family.of(path);
        // a long-poll is held by design (VOIP-33): its own label keeps lwork's latency meaningful
        String label = path.startsWith("channel/") ? "lwork_longpoll" : family.name().toLowerCase(Locale.ROOT);
        if (request.getProperty(STARTED) instanceof Long started) {
            meters.time("request_duration", "Request latency by API family", Duration.ofNanos(System.nanoTime()
                    - started), "family", label);
        }
        Optional<String> reason = response.getEntity() instanceof JsonObject body
                ? family.dialect().failure(body) : Optional.empty();
        if (reason.isEmpty() && response.getStatus() >= 400) {
            reason = Optional.of("HTTP " + response.getStatus());
        }
        if (reason.isPresent()) {
            meters.count("request_failures", "Requests answered with a failure (HTTP error or the dialect's own)",
                    "family", label);
            String line = "request failed: family=" + label + " path=/" + clip(path) + " status=" + response.getStatus() + " reason=" + clip(reason.get()) + " correlationId=" + id;
            if (response.getStatus() >= 500) {
                LOG.warning(line);
            } else {
                LOG.info(line);
            }
        }
    }

    /** Log lines stay short whatever a client sent. */
    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static String newId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }
}
