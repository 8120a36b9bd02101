package com.switchboard.it;

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
}
