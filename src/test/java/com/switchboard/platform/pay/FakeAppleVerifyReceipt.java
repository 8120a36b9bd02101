package com.switchboard.platform.pay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.switchboard.testing.JsonExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Apple's verifyReceipt, speaking its protocol: {@code /verifyReceipt} (production) and
 * {@code /sandbox/verifyReceipt}. Known receipts answer status 0 with their bundle and in_app purchases; a sandbox
 * receipt sent to production answers 21007; anything else 21002 (malformed receipt data).
 */
public final class FakeAppleVerifyReceipt implements AutoCloseable {
    private record Known(boolean sandbox, String bundleId, List<AppleReceipts.Purchase> purchases) {
    }

    private final HttpServer server;
    private final Map<String, Known> receipts = new ConcurrentHashMap<>();
    public final AtomicInteger requests = new AtomicInteger();

    public FakeAppleVerifyReceipt(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/verifyReceipt", e -> handle(e, false));
        server.createContext("/sandbox/verifyReceipt", e -> handle(e, true));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(boolean sandbox) {
        return "http://127.0.0.1:" + port() + (sandbox ? "/sandbox" : "") + "/verifyReceipt";
    }

    /** Apple will know this receipt. */
    public void issue(String receipt, boolean sandbox, String bundleId, AppleReceipts.Purchase... purchases) {
        receipts.put(receipt, new Known(sandbox, bundleId, List.of(purchases)));
    }

    private void handle(HttpExchange exchange, boolean sandbox) throws IOException {
        requests.incrementAndGet();
        JsonObject request;
        try {
            request = JsonExchange.read(exchange);
        } catch (RuntimeException e) {
            request = Json.createObjectBuilder().build();
        }
        Known known = receipts.get(request.getString("receipt-data", ""));
        JsonObject reply;
        if (known == null) {
            reply = Json.createObjectBuilder().add("status", 21002).build();
        } else if (known.sandbox() && !sandbox) {
            reply = Json.createObjectBuilder().add("status", 21007).build();
        } else {
            JsonArrayBuilder inApp = Json.createArrayBuilder();
            known.purchases().forEach(p -> inApp.add(Json.createObjectBuilder().add("quantity", "1")
                    .add("product_id", p.productId()).add("transaction_id", p.transactionId())
                    .add("original_transaction_id", p.transactionId()).add("purchase_date_ms", "1795000000000")));
            reply = Json.createObjectBuilder().add("status", 0).add("environment", sandbox ? "Sandbox" : "Production")
                    .add("receipt", Json.createObjectBuilder().add("receipt_type", sandbox ? "ProductionSandbox"
                            : "Production").add("bundle_id", known.bundleId()).add("in_app", inApp)).build();
        }
        JsonExchange.reply(exchange, reply);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
