package com.switchboard.billing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What billing sells and charges, from configuration (voip.md §7-8): packages per group (VOIP-48), the rate table
 * (VOIP-58) and the app versions (VOIP-60/61). A malformed setting stops the deployment with a message naming it.
 */
@ApplicationScoped
public class BillingCatalog {
    @Inject
    BillingSettings settings;
    /** The six DTH packages of voip.md VOIP-48. */
    static final String DTH_PACKAGES = "["
            + "{\"type\":\"dth_basic1\",\"name\":\"季度基础套餐\",\"price\":56,\"period\":\"month\",\"limit\":300,\"cycles\":3},"
            + "{\"type\":\"dth_basic2\",\"name\":\"年基础套餐\",\"price\":205,\"period\":\"month\",\"limit\":300,\"cycles\":12},"
            + "{\"type\":\"dth_std1\",\"name\":\"季度标准套餐\",\"price\":110,\"period\":\"month\",\"limit\":1000,\"cycles\":3},"
            + "{\"type\":\"dth_std2\",\"name\":\"年标准套餐\",\"price\":360,\"period\":\"month\",\"limit\":1000,\"cycles\":12},"
            + "{\"type\":\"dth_unlmt1\",\"name\":\"季度畅聊套餐\",\"price\":236,\"period\":\"month\",\"limit\":\"unlimit\",\"cycles\":3},"
            + "{\"type\":\"dth_unlmt2\",\"name\":\"年畅聊套餐\",\"price\":732,\"period\":\"month\",\"limit\":\"unlimit\",\"cycles\":12}]";
    /** Domestic mobile (1…) and landline (0…), international (00…) with mainland, Hong Kong, Macau and Taiwan apart. */
    public static final String DEFAULT_RATES = "{\"\":\"1.00\",\"0\":\"0.10\",\"1\":\"0.10\",\"00\":\"1.00\",\"0086\":\"0.10\","
            + "\"00852\":\"0.30\",\"00853\":\"0.30\",\"00886\":\"0.50\"}";


    private Map<String, JsonArray> packages;
    private RateTable rates;
    private JsonObject giftMinutes;
    private JsonObject dthVersion;
    private JsonObject commonVersion;

    @PostConstruct
    void load() {
        // Configured groups replace or add to the default ones ("dth": [] takes the DTH packages away).
        packages = parsePackages("{\"dth_common\":" + DTH_PACKAGES + ",\"dth\":" + DTH_PACKAGES + "}");
        settings.packages.filter(s -> !s.isBlank()).map(BillingCatalog::parsePackages).ifPresent(packages::putAll);
        rates = parseRates(settings.rates);
        giftMinutes = parse(settings.giftMinutes, "switchboard.billing.gift-minutes");
        giftMinutes.forEach((group, n) -> {
            if (!(n instanceof JsonNumber num) || !num.isIntegral() || num.intValue() < 0) {
                throw bad("switchboard.billing.gift-minutes", group + " is not a whole number of minutes");
            }
        });
        dthVersion = version(settings.dthVersion, "switchboard.version.dth");
        commonVersion = version(settings.commonVersion, "switchboard.version.common");
    }

    /** VOIP-48: the packages of a group, in configuration order; none for a group without packages. */
    public JsonArray packages(String groupId) {
        return packages.getOrDefault(groupId, JsonValue.EMPTY_JSON_ARRAY);
    }

    /** VOIP-52: the package of the group whose price equals {@code money} (prices are distinct per group). */
    public Optional<JsonObject> packageByPrice(String groupId, BigDecimal money) {
        return packages(groupId).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("price").bigDecimalValue().compareTo(money) == 0).findFirst();
    }

    /** Minutes a new account of the group is given (the {@code ""} entry for groups not named; 0 if none). */
    public int giftMinutes(String groupId) {
        JsonNumber n = giftMinutes.getJsonNumber(giftMinutes.containsKey(groupId) ? groupId : "");
        return n == null ? 0 : n.intValue();
    }

    /** Coins bought with {@code money} yuan (VOIP-51/53: computed here, the client's figure is advisory). */
    public BigDecimal coinsFor(BigDecimal money) {
        return money.multiply(settings.coinsPerYuan).setScale(2, java.math.RoundingMode.DOWN);
    }

    public RateTable rates() {
        return rates;
    }

    /** VOIP-60 (dth) or VOIP-61 (common): the version fields, defaults filled in. */
    public JsonObject version(boolean dth) {
        return dth ? dthVersion : commonVersion;
    }

    static Map<String, JsonArray> parsePackages(String setting) {
        JsonObject groups = parse(setting, "switchboard.billing.packages");
        Map<String, JsonArray> out = new LinkedHashMap<>();
        groups.forEach((group, list) -> {
            if (!(list instanceof JsonArray array)) {
                throw bad("switchboard.billing.packages", group + " is not an array");
            }
            for (JsonValue v : array) {
                if (!(v instanceof JsonObject p) || !(p.get("type") instanceof JsonString)
                        || !(p.get("name") instanceof JsonString) || !(p.get("price") instanceof JsonNumber price)
                        || price.bigDecimalValue().signum() <= 0 || !(p.get("cycles") instanceof JsonNumber)
                        || !(p.get("limit") instanceof JsonNumber || "unlimit".equals(p.getString("limit", "")))) {
                    throw bad("switchboard.billing.packages", "bad package in " + group + ": " + v);
                }
            }
            long prices = array.getValuesAs(JsonObject.class).stream()
                    .map(p -> p.getJsonNumber("price").bigDecimalValue().stripTrailingZeros()).distinct().count();
            if (prices != array.size()) {
                throw bad("switchboard.billing.packages", group + " has two packages at one price");
            }
            out.put(group, array);
        });
        return out;
    }

    static RateTable parseRates(String setting) {
        Map<String, BigDecimal> table = new LinkedHashMap<>();
        parse(setting, "switchboard.billing.rates").forEach((prefix, rate) -> {
            try {
                table.put(prefix, rate instanceof JsonString s ? new BigDecimal(s.getString())
                        : ((JsonNumber) rate).bigDecimalValue());
            } catch (RuntimeException e) {
                throw bad("switchboard.billing.rates", prefix + " has no decimal rate");
            }
        });
        try {
            return new RateTable(table);
        } catch (IllegalArgumentException e) {
            throw bad("switchboard.billing.rates", e.getMessage());
        }
    }

    private static JsonObject version(String setting, String name) {
        JsonObject given = parse(setting, name);
        return Jsons.createObjectBuilder().add("i_version_no", 0).add("i_version_path", "").add("i_version_info", "")
                .add("version_no", 0).add("version_path", "").add("version_info", "").addAll(
                        Jsons.createObjectBuilder(given)).build();
    }

    private static JsonObject parse(String setting, String name) {
        try (var reader = Jsons.createReader(new StringReader(setting))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw bad(name, "is not a JSON object");
        }
    }

    private static IllegalStateException bad(String setting, String why) {
        return new IllegalStateException("Configuration " + setting + ": " + why);
    }
}
