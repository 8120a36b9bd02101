package com.switchboard.billing.dth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpDthBillingSystemTest extends DthBillingSystemContract {
    FakeDthBillingSystem fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeDthBillingSystem(0, "billing-secret");
        fake.minutes.put("dth-7", 245);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Override
    DthBillingSystem system() {
        return new HttpDthBillingSystem(URI.create("http://127.0.0.1:" + fake.port() + "/billing"), "billing-secret");
    }

    @Test
    void asksTheBillingSystem() {
        assertEquals(245, system().remainingMinutes("dth-7").orElseThrow());
        var records = system().detailRecords("dth-7", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 28))
                .orElseThrow();
        assertEquals("2026-11-01", records.getJsonObject(0).getString("start"));
        assertEquals("{\"account\":\"dth-7\",\"start\":\"2026-11-01\",\"end\":\"2026-11-28\"}",
                fake.requests.get(1).toString());
    }

    @Test
    void aWrongTokenOrNoServerIsNoAnswer() throws IOException {
        assertTrue(new HttpDthBillingSystem(URI.create("http://127.0.0.1:" + fake.port() + "/billing"), "wrong")
                .remainingMinutes("dth-7").isEmpty());
        int port = fake.port();
        fake.close();
        assertTrue(new HttpDthBillingSystem(URI.create("http://127.0.0.1:" + port + "/billing"), "billing-secret")
                .remainingMinutes("dth-7").isEmpty());
        fake = new FakeDthBillingSystem(0, null);
    }
}
