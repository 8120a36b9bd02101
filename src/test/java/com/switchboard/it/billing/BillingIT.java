package com.switchboard.it.billing;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** voip.md §7-8 billing catalogue over HTTP: VOIP-48 packages, VOIP-58 rates, VOIP-60/61 versions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingIT {
    final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void packagesOfTheGroupAsConfiguredWithTheSixDthPackagesByDefault() {
        User user = api.selfRegister("dth_common");
        for (String group : new String[]{"dth_common", "dth"}) {
            JsonObject reply = api.post("lwork/mobile1/ltalk_package", Json.createObjectBuilder()
                    .add("uuid", user.uuid()).add("group_id", group).build());
            assertOk(reply);
            JsonArray packages = reply.getJsonArray("packages");
            assertEquals(6, packages.size(), reply::toString);
            assertEquals(Json.createReader(new java.io.StringReader("{\"type\":\"dth_basic1\",\"name\":\"季度基础套餐\","
                    + "\"price\":56,\"period\":\"month\",\"limit\":300,\"cycles\":3}")).readObject(),
                    packages.getJsonObject(0));
            assertEquals("unlimit", packages.getJsonObject(4).getString("limit"));
        }
        assertEquals(0, api.post("lwork/mobile1/ltalk_package", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("group_id", "no_such_group").build()).getJsonArray("packages").size());
        assertFailed("account_not_exist", api.post("lwork/mobile1/ltalk_package", Json.createObjectBuilder()
                .add("uuid", "999999999").add("group_id", "dth").build()));
        assertFailed("invalid_params", api.post("lwork/mobile1/ltalk_package", Json.createObjectBuilder()
                .add("uuid", user.uuid()).build()));
    }

    @Test
    void ratesByLongestPrefixWithBothSeededSpellings() {
        User user = api.selfRegister("dth_common");
        JsonObject domestic = api.post("lwork/mobile/voip/rate", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "d1").add("callee", "13900001111").build());
        assertOk(domestic);
        assertEquals(new BigDecimal("0.10"), domestic.getJsonNumber("rate").bigDecimalValue());
        // The seed's curl example: user_id and callee_phone.
        JsonObject hongKong = api.post("lwork/mobile/voip/rate", Json.createObjectBuilder()
                .add("user_id", user.uuid()).add("callee_phone", "0085218017813673").add("device_id", "d1").build());
        assertEquals(new BigDecimal("0.30"), hongKong.getJsonNumber("rate").bigDecimalValue(), hongKong::toString);
        JsonObject plus = api.post("lwork/mobile/voip/rate", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "d1").add("callee", "+852 1801 7813").build());
        assertEquals(new BigDecimal("0.30"), plus.getJsonNumber("rate").bigDecimalValue(), plus::toString);
        JsonObject elsewhere = api.post("lwork/mobile/voip/rate", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "d1").add("callee", "0044207946000").build());
        assertEquals(new BigDecimal("1.00"), elsewhere.getJsonNumber("rate").bigDecimalValue());

        assertFailed("invalid_params", api.post("lwork/mobile/voip/rate", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("callee", "not a number").build()));
        assertFailed("invalid_params", api.post("lwork/mobile/voip/rate", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").build()));
        assertFailed("account_not_exist", api.post("lwork/mobile/voip/rate", Json.createObjectBuilder()
                .add("uuid", "999999999").add("device_id", "d1").add("callee", "13900001111").build()));
    }

    @Test
    void versionsFromConfigurationUnderEverySeededPath() {
        JsonObject dth = api.getJson("lwork/mobile/version_dth_no");
        assertOk(dth);
        assertEquals(Integer.parseInt(System.getProperty("it.version.dth.no", "7")), dth.getInt("version_no"),
                dth::toString);
        for (String key : new String[]{"i_version_no", "i_version_path", "i_version_info", "version_path",
                "version_info"}) {
            assertEquals(true, dth.containsKey(key), key);
        }
        JsonObject common = api.getJson("lwork/mobile/version_common_no");
        assertOk(common);
        assertEquals(common, api.getJson("lwork/mobile/version_commont_no"));
        assertEquals(0, common.getInt("version_no"));
    }

    @Test
    void aNewUserHasTheGroupsGiftMinutesAndNoCoins() {
        User user = api.selfRegister("dth_common");
        JsonObject usage = api.post("lwork/mobile/package_usage", Json.createObjectBuilder().add("uuid", user.uuid())
                .build());
        assertOk(usage);
        assertEquals(0, usage.getInt("lefts"), usage::toString);
        assertEquals(60, usage.getInt("gifts"), usage::toString);
        assertEquals(0, usage.getInt("month_consumed"));
        assertEquals("", usage.getString("expir_date"));
        JsonObject coins = api.post("lwork/mobile/get_coin", Json.createObjectBuilder().add("uuid", user.uuid()).build());
        assertOk(coins);
        assertEquals(0, coins.getJsonNumber("coins").bigDecimalValue().signum(), coins::toString);
        assertEquals(0, coins.getJsonNumber("gift_coins").bigDecimalValue().signum());
        assertEquals(0, coins.getJsonNumber("month_consumed").bigDecimalValue().signum());
        // Asking again (and at once from two requests) keeps one wallet and one welcome gift.
        var again = java.util.List.of(
                api.postAsync("lwork/mobile/package_usage", Json.createObjectBuilder().add("uuid", user.uuid()).build()),
                api.postAsync("lwork/mobile/package_usage", Json.createObjectBuilder().add("uuid", user.uuid()).build()));
        again.forEach(f -> assertEquals(60, f.join().json().getInt("gifts")));
        assertFailed("account_not_exist", api.post("lwork/mobile/get_coin", Json.createObjectBuilder()
                .add("uuid", "999999999").build()));
    }

    @Test
    void ordersGetAPayidAndOnlyValidMoneyOrPackagePricesDo() {
        User user = api.selfRegister("dth_common");
        JsonObject coins = api.post("lwork/mobile/get_payid", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "d1").add("money", 12.5).add("coins", 12).build());
        assertOk(coins);
        assertEquals(user.uuid(), coins.getString("uuid"));
        JsonObject pkg = api.post("lwork/mobile/get_types_payid", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "d1").add("money", 56).add("group_id", "dth_common").add("pay_type", "alipay")
                .build());
        assertOk(pkg);
        JsonObject apple = api.post("lwork/mobile/get_types_payid", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("money", 732).add("group_id", "dth")
                .add("pay_type", "apple").build());
        assertOk(apple);
        JsonObject zhi = api.post("lwork/mobile/gen_zy_coin_payid", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("money", 3.33).add("group_id", "dth_common")
                .add("pay_type", "wx").build());
        assertOk(zhi);
        assertEquals(4, java.util.Set.of(coins.getString("payid"), pkg.getString("payid"), apple.getString("payid"),
                zhi.getString("payid")).size());

        assertFailed("invalid_money", api.post("lwork/mobile/get_types_payid", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("money", 57).add("group_id", "dth_common")
                .add("pay_type", "alipay").build()));
        assertFailed("invalid_params", api.post("lwork/mobile/get_types_payid", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("money", 56).add("group_id", "dth_common")
                .add("pay_type", "cash").build()));
        assertFailed("invalid_money", api.post("lwork/mobile/gen_zy_coin_payid", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("money", -1).add("group_id", "dth_common")
                .add("pay_type", "wx").build()));
        assertFailed("invalid_money", api.post("lwork/mobile/get_payid", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("money", 1.234).add("coins", 1).build()));
        assertFailed("invalid_params", api.post("lwork/mobile/get_payid", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("coins", 1).build()));
        // Nothing is paid yet: no recharge to show.
        JsonObject history = api.post("lwork/mobile/get_recharges", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").build());
        assertOk(history);
        assertEquals(0, history.getJsonArray("recharges").size());
    }
}
