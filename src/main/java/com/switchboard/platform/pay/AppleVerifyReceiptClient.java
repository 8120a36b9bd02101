package com.switchboard.platform.pay;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Apple's verifyReceipt: POST {@code {"receipt-data", "password"?, "exclude-old-transactions"}} to the production
 * endpoint; a {@code 21007} status (a sandbox receipt) is sent again to the sandbox endpoint, as Apple asks.
 */
public final class AppleVerifyReceiptClient implements AppleReceipts {
    static final int SANDBOX_RECEIPT = 21007;
    private static final Logger LOG = Logger.getLogger(AppleVerifyReceiptClient.class.getName());

    private final URI production;
    private final URI sandbox;
    private final String sharedSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public AppleVerifyReceiptClient(URI production, URI sandbox, String sharedSecret) {
        this.production = production;
        this.sandbox = sandbox;
        this.sharedSecret = sharedSecret;
    }

    @Override
    public Optional<Receipt> verify(String receiptBase64) {
        if (receiptBase64 == null || receiptBase64.isBlank()) {
            return Optional.empty();
        }
        JsonObject reply = post(production, receiptBase64);
        if (reply != null && reply.getInt("status", -1) == SANDBOX_RECEIPT && sandbox != null) {
            reply = post(sandbox, receiptBase64);
        }
        if (reply == null || reply.getInt("status", -1) != 0 || !(reply.get("receipt") instanceof JsonObject r)) {
            return Optional.empty();
        }
        List<Purchase> purchases = new ArrayList<>();
        if (r.get("in_app") instanceof jakarta.json.JsonArray inApp) {
            for (JsonValue v : inApp) {
                if (v instanceof JsonObject p) {
                    purchases.add(new Purchase(p.getString("product_id", ""), p.getString("transaction_id", "")));
                }
            }
        }
        return Optional.of(new Receipt(r.getString("bundle_id", ""), purchases));
    }

    private JsonObject post(URI endpoint, String receipt) {
        JsonObjectBuilder body = Jsons.createObjectBuilder().add("receipt-data", receipt)
                .add("exclude-old-transactions", true);
        if (sharedSecret != null && !sharedSecret.isBlank()) {
            body.add("password", sharedSecret);
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning("verifyReceipt at " + endpoint + " answered HTTP " + response.statusCode());
                return null;
            }
            try (var reader = Jsons.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("verifyReceipt at " + endpoint + " failed: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
