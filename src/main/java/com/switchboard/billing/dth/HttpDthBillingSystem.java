package com.switchboard.billing.dth;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * The billing system over HTTP. Its paths are not in the seed (voip.md §8: "its path"); until agreed with its owner
 * they mirror ours: {@code POST <base>/query_minutes {"account"}} → {@code {"status":"ok","minutes":n}} and
 * {@code POST <base>/query_records {"account","start","end"}} → {@code {"status":"ok","records":[...]}}, in lwork's
 * own dialect, with {@code Authorization: Bearer <token>} when a token is set.
 */
public final class HttpDthBillingSystem implements DthBillingSystem {
    private static final Logger LOG = Logger.getLogger(HttpDthBillingSystem.class.getName());

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public HttpDthBillingSystem(URI base, String token) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.token = token;
    }

    static JsonObject minutesRequest(String account) {
        return Jsons.createObjectBuilder().add("account", account).build();
    }

    static JsonObject recordsRequest(String account, LocalDate start, LocalDate end) {
        return Jsons.createObjectBuilder().add("account", account).add("start", start.toString())
                .add("end", end.toString()).build();
    }

    @Override
    public OptionalInt remainingMinutes(String account) {
        return post("query_minutes", minutesRequest(account))
                .filter(r -> r.get("minutes") instanceof JsonNumber n && n.isIntegral() && n.intValue() >= 0)
                .map(r -> OptionalInt.of(r.getInt("minutes"))).orElse(OptionalInt.empty());
    }

    @Override
    public Optional<JsonArray> detailRecords(String account, LocalDate start, LocalDate end) {
        return post("query_records", recordsRequest(account, start, end))
                .filter(r -> r.get("records") instanceof JsonArray).map(r -> r.getJsonArray("records"));
    }

    private Optional<JsonObject> post(String path, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning("DTH billing " + path + " answered HTTP " + response.statusCode());
                return Optional.empty();
            }
            JsonObject reply;
            try (var reader = Jsons.createReader(new StringReader(response.body()))) {
                reply = reader.readObject();
            }
            return "ok".equals(reply.getString("status", null)) ? Optional.of(reply) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warning("DTH billing " + path + " failed: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
