package com.switchboard.billing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BillingCatalogTest {
    @Test
    void theSixDthPackagesAreSeededForBothGroups() {
        BillingCatalog catalog = new BillingCatalog();
        catalog.settings = new BillingSettings();
        catalog.settings.packages = java.util.Optional.empty();
        catalog.settings.rates = BillingCatalog.DEFAULT_RATES;
        catalog.settings.dthVersion = "{\"version_no\":12}";
        catalog.settings.commonVersion = "{}";
        catalog.settings.giftMinutes = "{\"\":60,\"dth\":0}";
        catalog.settings.coinsPerYuan = BigDecimal.ONE;
        catalog.load();
        for (String group : new String[]{"dth_common", "dth"}) {
            JsonArray list = catalog.packages(group);
            assertEquals(6, list.size());
            JsonObject first = list.getJsonObject(0);
            assertEquals("dth_basic1", first.getString("type"));
            assertEquals("季度基础套餐", first.getString("name"));
            assertEquals(56, first.getInt("price"));
            assertEquals("unlimit", list.getJsonObject(5).getString("limit"));
        }
        assertTrue(catalog.packages("other").isEmpty());
        assertEquals("dth_std2", catalog.packageByPrice("dth", new BigDecimal("360.00")).orElseThrow()
                .getString("type"));
        assertTrue(catalog.packageByPrice("dth", new BigDecimal("57")).isEmpty());
        assertEquals(12, catalog.version(true).getInt("version_no"));
        assertEquals("", catalog.version(true).getString("i_version_path"));
        assertEquals(new BigDecimal("0.30"), catalog.rates().rate("0085212345678"));
        assertEquals(60, catalog.giftMinutes("dth_common"));
        assertEquals(0, catalog.giftMinutes("dth"));
        assertEquals(new BigDecimal("12.34"), catalog.coinsFor(new BigDecimal("12.345")));
    }

    @Test
    void configuredGroupsReplaceOrAddToTheDefaults() {
        BillingCatalog catalog = new BillingCatalog();
        catalog.settings = new BillingSettings();
        catalog.settings.packages = java.util.Optional.of("{\"dth\":[],\"small\":[{\"type\":\"s\",\"name\":\"S\","
                + "\"price\":1,\"period\":\"month\",\"limit\":2,\"cycles\":1}]}");
        catalog.settings.rates = BillingCatalog.DEFAULT_RATES;
        catalog.settings.dthVersion = "{}";
        catalog.settings.commonVersion = "{}";
        catalog.settings.giftMinutes = "{\"\":60}";
        catalog.settings.coinsPerYuan = BigDecimal.ONE;
        catalog.load();
        assertEquals(6, catalog.packages("dth_common").size());
        assertTrue(catalog.packages("dth").isEmpty());
        assertEquals("s", catalog.packages("small").getJsonObject(0).getString("type"));
    }

    @Test
    void malformedSettingsNameTheSetting() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BillingCatalog.parsePackages(
                "{\"g\":[{\"type\":\"a\",\"name\":\"A\",\"price\":5,\"period\":\"month\",\"limit\":1,\"cycles\":1},"
                        + "{\"type\":\"b\",\"name\":\"B\",\"price\":5.0,\"period\":\"month\",\"limit\":1,\"cycles\":1}]}"));
        assertTrue(e.getMessage().contains("switchboard.billing.packages"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> BillingCatalog.parsePackages("[]"));
        assertThrows(IllegalStateException.class, () -> BillingCatalog.parseRates("{\"1\":\"0.1\"}"));
        assertThrows(IllegalStateException.class, () -> BillingCatalog.parseRates("{\"\":\"cheap\"}"));
        // Coins are kept to the cent, so a rate may not be finer.
        assertThrows(IllegalStateException.class, () -> BillingCatalog.parseRates("{\"\":\"0.125\"}"));
    }
}
