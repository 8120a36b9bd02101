package com.switchboard.heihei.identity;

import com.switchboard.platform.binding.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/** One JSON call to a sign-in provider: any failure to ask (network, status, size, shape) is "not vouched for". */
final class ProviderHttp {
    private static final Logger LOG = Logger.getLogger(ProviderHttp.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_BODY = 8192;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String provider;

    ProviderHttp(String provider) {
        this.provider = provider;
    }

    /** The reply's JSON object, whatever its HTTP status (providers answer errors as JSON with 4xx too). */
    Optional<JsonObject> call(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            if (body == null || body.length() > MAX_BODY) {
                LOG.warning(() -> provider + " answered HTTP " + r.statusCode() + " without a usable body");
                return Optional.empty();
            }
            JsonValue v = JsonText.read(body);
            return v instanceof JsonObject o ? Optional.of(o) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> provider + " could not be asked: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
