package com.switchboard.platform.pay;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppleVerifyReceiptClientTest extends AppleReceiptsContract {
    static FakeAppleVerifyReceipt apple;

    @BeforeAll
    static void start() throws Exception {
        apple = new FakeAppleVerifyReceipt(0);
    }

    @AfterAll
    static void stop() {
        apple.close();
    }

    @Override
    AppleReceipts receipts() {
        return new AppleVerifyReceiptClient(URI.create(apple.url(false)), URI.create(apple.url(true)), "secret");
    }

    @Test
    void aProductionReceiptVerifiesWithItsPurchases() {
        apple.issue("cHJvZA==", false, "com.lwork.dth", new AppleReceipts.Purchase("dth_std1", "1000000001"));
        AppleReceipts.Receipt r = receipts().verify("cHJvZA==").orElseThrow();
        assertEquals("com.lwork.dth", r.bundleId());
        assertEquals(List.of(new AppleReceipts.Purchase("dth_std1", "1000000001")), r.purchases());
    }

    @Test
    void aSandboxReceiptIsSentAgainToTheSandboxAsAppleAsks() {
        apple.issue("c2FuZGJveA==", true, "com.lwork.dth", new AppleReceipts.Purchase("dth_basic1", "2000000001"));
        int before = apple.requests.get();
        assertTrue(receipts().verify("c2FuZGJveA==").isPresent());
        assertEquals(before + 2, apple.requests.get());
        AppleReceipts productionOnly = new AppleVerifyReceiptClient(URI.create(apple.url(false)), null, null);
        assertTrue(productionOnly.verify("c2FuZGJveA==").isEmpty());
    }
}
