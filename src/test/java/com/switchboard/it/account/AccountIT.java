package com.switchboard.it.account;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.testing.Await;
import com.switchboard.testing.FakeQqConnect;
import com.switchboard.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import static com.switchboard.it.Api.android;
import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static com.switchboard.it.Api.crc;
import static com.switchboard.it.Api.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** VOIP-01..12 over HTTP, every named failure reason included. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountIT {
    private static final String GROUP = "dth_common";
    private final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private static JsonObject authCode(String acc, String type) {
        return Json.createObjectBuilder().add("acc", acc).add("device_id", "dev-" + acc).add("type", type)
                .add("group_id", GROUP).build();
    }

    private static JsonObject selfRegister(String acc, String name, String code) {
        String device = "dev-" + acc;
        return Json.createObjectBuilder().add("acc", acc).add("name", name).add("pwd", "pw-" + acc)
                .add("auth_code", code).add("device_id", device).add("group_id", GROUP)
                .add("crc", crc(acc, device, GROUP)).build();
    }

    private JsonObject login(String acc, String pwd, String device) {
        return api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", acc).add("pwd", pwd)
                .add("device_id", device).add("clidata", android()).add("group_id", GROUP).build());
    }

    @Test
    void selfRegisteredUserLogsInByAccountOrName() {
        String acc = uniquePhone();
        assertOk(api.post("lwork/sms/auth_code", authCode(acc, "register")));
        String code = api.lastSmsCode(acc);
        assertTrue(code.matches("\\d{6}"), code);
        JsonObject registered = api.post("lwork/mobile/self_register", selfRegister(acc, "n" + acc, code));
        assertOk(registered);
        assertEquals("n" + acc, registered.getString("name"));
        assertEquals(acc, registered.getString("account"));
        assertEquals("", registered.getString("did"));
        assertTrue(registered.getString("uuid").matches("\\d+"));

        JsonObject byName = login("n" + acc, "pw-" + acc, "d1");
        String session = byName.getString("session");
        assertTrue(session.length() >= 40, session);
        assertEquals(Json.createObjectBuilder().add("status", "ok").add("uuid", registered.getString("uuid"))
                .add("info", JsonValue.NULL).add("name", "n" + acc).add("urls", JsonValue.EMPTY_JSON_OBJECT)
                .add("account", acc).add("session", session).build(), byName);
        JsonObject byAccount = login(acc, "pw-" + acc, "d1");
        assertEquals(Json.createObjectBuilder(byName).add("session", byAccount.getString("session")).build(),
                byAccount);
        assertTrue(!session.equals(byAccount.getString("session")), "each login opens a new session");
        // group_id is optional on login: the default group is dth_common
        assertOk(api.post("lwork/mobile/login", Json.createObjectBuilder().add("acc", acc).add("pwd", "pw-" + acc)
                .add("device_id", "d1").add("clidata", android()).build()));
    }

    @Test
    void loginFailures() {
        User user = api.selfRegister(GROUP);
        assertFailed("account_not_exist", login("nobody-" + uniquePhone(), "x", "d1"));
        assertFailed("pwd_not_matched", login(user.name(), "wrong", "d1"));
        assertFailed("account_not_exist", api.post("lwork/mobile/login", Json.createObjectBuilder()
                .add("acc", user.name()).add("pwd", user.pwd()).add("device_id", "d1").add("clidata", android())
                .add("group_id", "another_group").build()));
    }

    @Test
    void selfRegisterFailuresChangeNothing() {
        String acc = uniquePhone();
        assertOk(api.post("lwork/sms/auth_code", authCode(acc, "register")));
        String code = api.lastSmsCode(acc);
        JsonObject badCrc = Json.createObjectBuilder(selfRegister(acc, "n" + acc, code))
                .add("crc", "00000000000000000000000000000000").build();
        assertFailed("crc_invalid", api.post("lwork/mobile/self_register", badCrc));
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertFailed("invalid_auth_code", api.post("lwork/mobile/self_register", selfRegister(acc, "n" + acc, wrong)));
        // crc is compared case-insensitively; the right code still works after one wrong try
        JsonObject upper = Json.createObjectBuilder(selfRegister(acc, "n" + acc, code))
                .add("crc", crc(acc, "dev-" + acc, GROUP).toUpperCase()).build();
        assertOk(api.post("lwork/mobile/self_register", upper));
        // single use, and the account now exists
        assertFailed("username_already_existed", api.post("lwork/mobile/self_register",
                selfRegister(acc, "other" + acc, code)));
        assertFailed("username_already_existed", api.post("lwork/sms/auth_code", authCode(acc, "register")));
    }

    @Test
    void nameTakenByAnotherAccountIsRefused() {
        User taken = api.selfRegister(GROUP);
        String acc = uniquePhone();
        assertOk(api.post("lwork/sms/auth_code", authCode(acc, "register")));
        assertFailed("username_already_existed", api.post("lwork/mobile/self_register",
                selfRegister(acc, taken.name(), api.lastSmsCode(acc))));
    }

    @Test
    void smsCodesAreRateLimitedAndLockAfterFiveWrongTries() {
        String acc = uniquePhone();
        assertOk(api.post("lwork/sms/auth_code", authCode(acc, "register")));
        assertFailed("too_frequent", api.post("lwork/sms/auth_code", authCode(acc, "register")));
        String code = api.lastSmsCode(acc);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertFailed("invalid_auth_code",
                    api.post("lwork/mobile/self_register", selfRegister(acc, "n" + acc, wrong)));
        }
        assertFailed("invalid_auth_code", api.post("lwork/mobile/self_register", selfRegister(acc, "n" + acc, code)));
        assertFailed("account_not_exist", login(acc, "pw-" + acc, "d1"));
    }

    @Test
    void authCodeRequestErrors() {
        assertFailed("invalid_params", api.post("lwork/sms/auth_code", authCode(uniquePhone(), "unlock")));
        assertFailed("account_not_exist", api.post("lwork/sms/auth_code", Json.createObjectBuilder()
                .add("uuid", "999999999").add("device_id", "d").add("type", "register").build()));
        assertFailed("account_not_exist", api.post("lwork/sms/auth_code", authCode(uniquePhone(), "resetpwd")));
        assertFailed("invalid_params", api.post("lwork/sms/auth_code", Json.createObjectBuilder()
                .add("device_id", "d").add("type", "register").build()));
        User user = api.selfRegister(GROUP);
        assertOk(api.login(user, "d"));
        assertFailed("invalid_params", api.post("lwork/sms/auth_code", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d").add("type", "bind").build()));
    }

    @Test
    void modifyPassword() {
        User user = api.selfRegister(GROUP);
        JsonObject wrongOld = Json.createObjectBuilder().add("uuid", user.uuid()).add("device_id", "d1")
                .add("old_pwd", "not-it").add("pwd", "new-pw").build();
        // only from a device logged in to the account (issue 16)
        assertFailed("no_logind", api.post("lwork/mobile/modify_pwd", wrongOld));
        assertOk(login(user.name(), user.pwd(), "d1"));
        assertFailed("pwd_not_matched", api.post("lwork/mobile/modify_pwd", wrongOld));
        // uuid as a JSON number is accepted (voip.md §0.5)
        assertOk(api.post("lwork/mobile/modify_pwd", Json.createObjectBuilder()
                .add("uuid", Long.parseLong(user.uuid())).add("device_id", "d1").add("old_pwd", user.pwd())
                .add("pwd", "new-pw").build()));
        assertFailed("pwd_not_matched", login(user.name(), user.pwd(), "d1"));
        assertOk(login(user.name(), "new-pw", "d1"));
        assertFailed("account_not_exist", api.post("lwork/mobile/modify_pwd", Json.createObjectBuilder()
                .add("uuid", "987654321").add("device_id", "d1").add("old_pwd", "a").add("pwd", "b").build()));
    }

    @Test
    void forgotPassword() {
        User user = api.selfRegister(GROUP);
        assertOk(api.requestCode(authCode(user.account(), "resetpwd")));
        String code = api.lastSmsCode(user.account());
        JsonObject reset = Json.createObjectBuilder().add("acc", user.account()).add("device_id", "d9")
                .add("auth_code", code).add("pwd", "reset-pw").add("name", user.name()).add("group_id", GROUP)
                .build();
        assertFailed("username_not_exist", api.post("lwork/mobile/forget_pwd",
                Json.createObjectBuilder(reset).add("name", "someone-else").build()));
        assertFailed("account_not_exist", api.post("lwork/mobile/forget_pwd",
                Json.createObjectBuilder(reset).add("acc", "nobody" + uniquePhone()).build()));
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertFailed("invalid_auth_code", api.post("lwork/mobile/forget_pwd",
                Json.createObjectBuilder(reset).add("auth_code", wrong).build()));
        // a register code is no resetpwd code
        assertOk(api.post("lwork/mobile/forget_pwd", reset));
        assertOk(login(user.name(), "reset-pw", "d1"));
        assertFailed("invalid_auth_code", api.post("lwork/mobile/forget_pwd", reset));
    }

    @Test
    void registerGivesAProvisionedAccountItsNameAndPassword() {
        User user = api.selfRegister(GROUP);
        assertOk(api.requestCode(Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "d1").add("type", "register").build()));
        String code = api.lastSmsCode(user.account());
        JsonObject register = Json.createObjectBuilder().add("uuid", user.uuid()).add("device_id", "d1")
                .add("auth_code", code).add("name", "renamed" + user.account()).add("pwd", "reg-pw")
                .add("group_id", GROUP).build();
        assertFailed("account_not_exist", api.post("lwork/mobile/register",
                Json.createObjectBuilder(register).add("uuid", "888888888").build()));
        User other = api.selfRegister(GROUP);
        assertFailed("username_already_existed", api.post("lwork/mobile/register",
                Json.createObjectBuilder(register).add("name", other.name()).build()));
        assertOk(api.post("lwork/mobile/register", register));
        JsonObject loggedIn = login("renamed" + user.account(), "reg-pw", "d1");
        assertOk(loggedIn);
        assertEquals(user.account(), loggedIn.getString("account"), "account never changes");
    }

    @Test
    void addInfoIsReturnedVerbatimAtLogin() {
        User user = api.selfRegister(GROUP);
        JsonObject info = Json.createObjectBuilder().add("nick", "小明").add("age", 7)
                .add("tags", Json.createArrayBuilder().add("a").add("b")).build();
        assertFailed("no_logind", api.post("lwork/mobile/add_info", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("device_id", "d1").add("info", info).build()));
        assertOk(api.login(user, "d1"));
        assertOk(api.post("lwork/mobile/add_info", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("device_id", "d1").add("info", info).build()));
        assertEquals(info, login(user.name(), user.pwd(), "d1").getJsonObject("info"));
        assertFailed("account_not_exist", api.post("lwork/mobile/add_info", Json.createObjectBuilder()
                .add("uuid", "777777777").add("device_id", "d1").add("info", info).build()));
    }

    @Test
    void bindPhoneThenFindByPhone() {
        User user = api.selfRegister(GROUP);
        String phone = uniquePhone();
        JsonObject request = Json.createObjectBuilder().add("uuid", user.uuid()).add("phone", phone)
                .add("device_id", "d1").add("type", "bind").build();
        // knowing a uuid is not enough: binding needs a device logged in to the account
        assertFailed("no_logind", api.post("lwork/sms/auth_code", request));
        assertOk(api.login(user, "d1"));
        assertOk(api.post("lwork/sms/auth_code", request));
        String code = api.lastSmsCode(phone);
        JsonObject bind = Json.createObjectBuilder().add("uuid", user.uuid()).add("phone", phone)
                .add("device_id", "d1").add("auth_code", code).build();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertFailed("invalid_auth_code", api.post("lwork/mobile/bind",
                Json.createObjectBuilder(bind).add("auth_code", wrong).build()));
        User other = api.selfRegister(GROUP);
        assertFailed("no_logind", api.post("lwork/mobile/bind",
                Json.createObjectBuilder(bind).add("uuid", other.uuid()).build()));
        assertOk(api.login(other, "d1"));
        assertFailed("invalid_auth_code", api.post("lwork/mobile/bind",
                Json.createObjectBuilder(bind).add("uuid", other.uuid()).build()));
        assertOk(api.post("lwork/mobile/bind", bind));
        JsonObject status = api.post("lwork/mobile1/query_status", Json.createObjectBuilder().add("users",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("acc", "").add("phone", phone))).build());
        assertEquals("offline", status.getJsonArray("data").getJsonObject(0).getString("state"));
    }

    @Test
    void qqLoginAndRegistration() {
        String openid = "OPENID" + uniquePhone();
        String acc = "qq_" + openid;
        String device = "866123456789012";
        // the ITs' server asks a local QQ Connect: the client's access_token must be this openid's
        String token = FakeQqConnect.shared().tokenFor(openid);
        JsonObject thirdLogin = Json.createObjectBuilder().add("acc", acc).add("pwd", openid)
                .add("crc", crc(acc, device, GROUP)).add("device_id", device).add("clidata", android())
                .add("group_id", GROUP).add("access_token", token).build();
        assertEquals(Json.createObjectBuilder().add("status", "ok").add("uuid", "").add("class", "not_reg")
                .add("name", "").add("info", JsonValue.NULL).add("account", "").add("did", "").build(),
                api.post("lwork/mobile1/third_login?acc=" + acc, thirdLogin));
        assertFailed("crc_invalid", api.post("lwork/mobile1/third_login",
                Json.createObjectBuilder(thirdLogin).add("crc", "bad").build()));
        assertFailed("pwd_not_matched", api.post("lwork/mobile1/third_login",
                Json.createObjectBuilder(thirdLogin).remove("access_token").build()));
        assertFailed("pwd_not_matched", api.post("lwork/mobile1/third_login", Json.createObjectBuilder(thirdLogin)
                .add("access_token", FakeQqConnect.shared().tokenFor("OTHER" + openid)).build()));

        JsonObject thirdReg = Json.createObjectBuilder().add("acc", acc).add("name", "qq" + openid)
                .add("pwd", "chosen").add("crc", crc(acc, device, GROUP)).add("device_id", device)
                .add("clidata", android()).add("group_id", GROUP).add("access_token", token).build();
        assertFailed("pwd_not_matched", api.post("lwork/mobile1/third_reg",
                Json.createObjectBuilder(thirdReg).remove("access_token").build()));
        assertFailed("crc_invalid", api.post("lwork/mobile1/third_reg",
                Json.createObjectBuilder(thirdReg).add("crc", "bad").build()));
        JsonObject registered = api.post("lwork/mobile1/third_reg?acc=" + acc + "&name=ignored", thirdReg);
        assertOk(registered);
        assertEquals("qq" + openid, registered.getString("name"), "body wins over the query string");
        assertEquals(acc, registered.getString("account"));
        assertEquals("", registered.getString("did"));
        assertEquals(JsonValue.NULL, registered.get("info"));
        assertFailed("username_already_existed", api.post("lwork/mobile1/third_reg", thirdReg));

        JsonObject again = api.post("lwork/mobile1/third_login", thirdLogin);
        assertEquals("reg", again.getString("class"));
        assertTrue(again.getString("session").length() >= 40);
        assertEquals(registered.getString("uuid"), again.getString("uuid"));
        // the chosen password is for normal login
        assertOk(login("qq" + openid, "chosen", "d1"));
    }

    @Test
    void queryStatusTellsOnlineOfflineUnregistered() throws Exception {
        User polling = api.selfRegister(GROUP);
        User idle = api.selfRegister(GROUP);
        assertOk(api.login(polling, "pd"));
        assertOk(api.login(idle, "id"));
        api.poll(polling.account(), "pd"); // seen on the channel now: online
        JsonObject query = Json.createObjectBuilder().add("users", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("acc", polling.account()).add("phone", ""))
                .add(Json.createObjectBuilder().add("acc", idle.account()).add("phone", ""))
                .add(Json.createObjectBuilder().add("acc", "ghost" + uniquePhone()).add("phone", "123"))).build();
        JsonObject reply = Await.value(() -> api.post("lwork/mobile1/query_status", query),
                r -> "ok".equals(r.getString("status", ""))
                        && "online".equals(r.getJsonArray("data").getJsonObject(0).getString("state")),
                java.time.Duration.ofSeconds(20), "the polling device never showed online");
        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("acc", polling.account()).add("phone", "").add("state", "online"))
                .add(Json.createObjectBuilder().add("acc", idle.account()).add("phone", "").add("state", "offline"))
                .add(Json.createObjectBuilder().add("acc", query.getJsonArray("users").getJsonObject(2)
                        .getString("acc")).add("phone", "123").add("state", "unregistered"))
                .build(), reply.getJsonArray("data"));
        assertFailed("invalid_params", api.post("lwork/mobile1/query_status",
                Json.createObjectBuilder().add("users", Json.createArrayBuilder()).build()));
    }

    @Test
    void logoutIsIdempotentAndChecksTheAccount() {
        User user = api.selfRegister(GROUP);
        assertOk(api.login(user, "d1"));
        JsonObject logout = Json.createObjectBuilder().add("uuid", user.uuid()).add("device_id", "d1")
                .add("clidata", android()).build();
        assertOk(api.logout(user, "d1"));
        assertOk(api.post("lwork/mobile/logout", logout));
        assertFailed("account_not_exist", api.post("lwork/mobile/logout",
                Json.createObjectBuilder(logout).add("uuid", "abc").build()));
    }
}
