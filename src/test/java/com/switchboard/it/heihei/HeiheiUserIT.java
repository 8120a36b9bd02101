package com.switchboard.it.heihei;

import com.switchboard.it.Deployments;
import com.switchboard.testing.FakeWechat;
import com.switchboard.testing.FakeWeibo;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** heihei.md §2–4: init, sign-in, profile, switches, the social graph, over HTTP as the app calls them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiUserIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void initNamesEveryModuleAndTheChannel() {
        JsonObject init = hh.post("api/init", fields().add("ap", "heihei").add("version", "1.0.0")
                .add("local", "zh_CN").add("uuid", "dev-1").add("apiVersion", "1.0").add("deveiceType", "android")
                .build());
        assertCode(0, init);
        for (String module : List.of("user", "social", "live", "message", "payment", "chat", "topic", "record",
                "sys", "aboutus", "tips", "function")) {
            assertTrue(init.containsKey(module), module + " missing: " + init);
        }
        assertTrue(init.getJsonObject("user").getString("signInCLByPhone").endsWith("/api/user/sign-in-cl-by-phone"));
        assertTrue(init.getJsonObject("live").getString("joinLive").endsWith("/api/live/join-live"));
        assertTrue(init.getJsonObject("message").getString("channel").matches("wss?://.+/ws/channel"),
                init.getJsonObject("message").toString());
        assertTrue(init.getJsonObject("function").getBoolean("chat"));
        for (String page : List.of("socialPact", "serviceTerms", "contactUs")) { // the pages init names are served
            String url = init.getJsonObject("aboutus").getString(page);
            var reply = hh.api.get(url.substring(url.indexOf("/static/") + 1), null);
            assertEquals(200, reply.status(), url);
            assertTrue(reply.body().contains("<h1>"), url);
        }
        assertEquals("0", init.getString("actionCode"));
        assertFalse(init.getString("imgPath").isEmpty());
        assertTrue(init.getJsonObject("tips").containsKey("search-tips"));
        // deviceType alias, and a missing required field is 700
        assertCode(0, hh.post("api/init", fields().add("ap", "heihei").add("version", "1.0.0").add("local", "en_US")
                .add("uuid", "dev-1").add("apiVersion", "1.0").add("deviceType", "ios").build()));
        assertCode(700, hh.post("api/init", fields().add("ap", "heihei").build()));
    }

    @Test
    void smsSignInCreatesTheAccountOnceAndAWrongCodeIs401() {
        // warm the path first: the ITs' resend window is 2 s, and a cold first request can take that long
        assertCode(0, hh.post("api/user/get-sms-verification-code", fields().add("phoneNo", Heihei.uniquePhone())
                .build()));
        String phone = Heihei.uniquePhone();
        long sentAt = System.nanoTime();
        JsonObject sent = hh.post("api/user/get-sms-verification-code", fields().add("phoneNo", phone).build());
        assertCode(0, sent);
        assertTrue(sent.getInt("timeout") > 0);
        JsonObject resend = hh.post("api/user/get-sms-verification-code", fields().add("phoneNo", phone).build());
        if (resend.getInt("errorcode") != 400) { // only acceptable once the whole window has passed
            assertTrue(System.nanoTime() - sentAt >= sent.getInt("timeout") * 1_000_000_000L, resend.toString());
        }
        String code = hh.api.lastSmsCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertCode(401, hh.post("api/user/sign-in-cl-by-phone", fields().add("phoneNo", phone)
                .add("verifyCode", wrong).build()));
        JsonObject first = hh.post("api/user/sign-in-cl-by-phone", fields().add("phoneNo", phone)
                .add("verifyCode", code).build());
        assertCode(0, first);
        assertTrue(first.getBoolean("needRegist"));
        long id = first.getJsonObject("userInfo").getJsonNumber("id").longValueExact();
        assertCode(401, hh.post("api/user/sign-in-cl-by-phone", fields().add("phoneNo", phone)
                .add("verifyCode", code).build()), "a code signs in once");
        User user = new User(phone, first.getString("token"), id);
        assertCode(0, hh.call("api/user/update", user, fields().add("displayName", "阿黑")
                .add("gender", "Male").add("birthDay", "1990-01-02")));
        JsonObject again = signInAgain(phone);
        assertFalse(again.getBoolean("needRegist"));
        assertEquals(id, again.getJsonObject("userInfo").getJsonNumber("id").longValueExact());
        assertEquals("阿黑", again.getJsonObject("userInfo").getString("displayName"));
        assertNotEquals(user.token(), again.getString("token"));
    }

    private JsonObject signInAgain(String phone) {
        hh.api.awaitSmsWindow(() -> hh.post("api/user/get-sms-verification-code",
                fields().add("phoneNo", phone).build()).getInt("errorcode") == 0);
        JsonObject reply = hh.post("api/user/sign-in-cl-by-phone", fields().add("phoneNo", phone)
                .add("verifyCode", hh.api.lastSmsCode(phone)).build());
        assertCode(0, reply);
        return reply;
    }

    @Test
    void tokensAreRequiredAndEndAtSignOut() {
        User user = hh.signIn();
        assertCode(720, hh.post("api/user/info", fields().add("uid", user.id()).build()));
        assertCode(720, hh.post("api/user/info", fields().add("uid", user.id()).add("token", "forged").build()));
        assertCode(0, hh.call("api/user/info", user, fields().add("uid", user.id())));
        assertCode(0, hh.call("api/user/sign-out", user, fields()));
        assertCode(720, hh.call("api/user/info", user, fields().add("uid", user.id())));
    }

    @Test
    void profileRulesRenameFeeAndSwitches() {
        User user = hh.signIn();
        JsonObject own = hh.call("api/user/info", user, fields().add("uid", String.valueOf(user.id())))
                .getJsonObject("result");
        assertEquals(user.id(), own.getJsonNumber("id").longValueExact());
        assertEquals("1", own.getJsonObject("attribute").getString("push_enable"));
        assertEquals(0, own.getInt("modifyCount"));
        assertCode(447, rename(user, "x".repeat(100)));
        assertCode(445, rename(user, "<script>"));
        assertCode(0, rename(user, "abcdefghij"));
        assertCode(501, hh.call("api/user/update", user, fields().add("displayName", "abcdefghij")
                .add("gender", "Male").add("birthDay", java.time.LocalDate.now().minusYears(10).toString())));
        assertCode(740, rename(user, "second"), "the second rename costs diamonds the user lacks");
        assertEquals(200, hh.credit(user.id(), 100, 0).status());
        assertCode(0, rename(user, "second"));
        JsonObject gold = hh.call("api/user/user-gold", user, fields()).getJsonObject("user");
        JsonObject statistic = hh.call("api/payment/statistic", user, fields());
        assertTrue(gold.getJsonNumber("gold").longValue() < 100, gold.toString());
        assertEquals(gold.getJsonNumber("gold").longValue(), statistic.getJsonNumber("gold").longValue());
        assertEquals(gold.getJsonNumber("allOutlayGold").longValue(),
                statistic.getJsonNumber("allOutlayGold").longValue());
        assertCode(0, hh.call("api/user/update-config", user, fields().add("push_enable", "0")));
        assertEquals("0", hh.call("api/user/get-config", user, fields()).getJsonObject("configuration")
                .getJsonObject("user").getString("push_enable"));
        assertCode(700, hh.call("api/user/update-config", user, fields().add("push_enable", "7")));
    }

    private JsonObject rename(User user, String name) {
        return hh.call("api/user/update", user, fields().add("displayName", name).add("gender", "Male")
                .add("birthDay", "1990-01-02"));
    }

    @Test
    void followBlockListsAndSearch() {
        User a = hh.signIn();
        User b = hh.signIn();
        assertCode(0, hh.call("api/user/follow", a, fields().add("userId", String.valueOf(b.id()))));
        assertCode(0, hh.call("api/user/follow", a, fields().add("userId", b.id())));
        assertCode(710, hh.call("api/user/follow", a, fields().add("userId", 1)));
        JsonObject fans = hh.call("api/user/list-follower", a, fields().add("userId", b.id()));
        assertEquals(1, fans.getInt("totalSize"));
        assertEquals(a.id(), fans.getJsonArray("result").getJsonObject(0).getJsonNumber("id").longValueExact());
        JsonObject following = hh.call("api/user/list-following", a, fields().add("userId", a.id()));
        assertTrue(following.getJsonArray("result").getJsonObject(0).getBoolean("isFollowed"));
        JsonObject bByA = hh.call("api/user/info", a, fields().add("uid", b.id())).getJsonObject("result");
        assertTrue(bByA.getBoolean("isFollowed"));
        assertEquals(1, bByA.getInt("followerCount"));
        assertFalse(bByA.containsKey("attribute"), "attribute only on one's own profile");

        assertCode(0, hh.call("api/user/block-user", b, fields().add("userId", a.id())));
        assertCode(736, hh.call("api/user/info", a, fields().add("uid", b.id())));
        JsonArray blocked = hh.call("api/user/list-blocked-user", b, fields()).getJsonArray("result");
        assertEquals(a.id(), blocked.getJsonObject(0).getJsonNumber("id").longValueExact());
        assertCode(0, hh.call("api/user/unblock-user", b, fields().add("targetId", a.id())));
        assertCode(0, hh.call("api/user/info", a, fields().add("uid", b.id())));
        assertCode(0, hh.call("api/user/unfollow", a, fields().add("userId", b.id())));
        assertEquals(0, hh.call("api/user/list-follower", a, fields().add("userId", b.id())).getInt("totalSize"));

        String name = "u" + (b.id() % 100000);
        JsonArray found = hh.call("api/user/search", a, fields().add("queryParameter", name)).getJsonArray("users");
        assertTrue(found.stream().anyMatch(u -> u.asJsonObject().getJsonNumber("id").longValueExact() == b.id()),
                found.toString());
        long heiNum = hh.call("api/user/info", a, fields().add("uid", b.id())).getJsonObject("result")
                .getJsonNumber("heiNum").longValueExact();
        assertEquals(b.id(), hh.call("api/user/usearch", a, fields().add("queryParameter", Long.toString(heiNum)))
                .getJsonArray("users").getJsonObject(0).getJsonNumber("id").longValueExact());
        assertEquals("举报成功!", hh.call("api/usr/report-user", a, fields().add("userId", b.id())
                .add("reportType", 2)).getString("reportmsg"));
        assertCode(700, hh.call("api/user/report-user", a, fields().add("userId", b.id()).add("reportType", 9)));
    }

    @Test
    void bindPhoneIsRefusedForAPhoneOfAnotherAccount() {
        User a = hh.signIn();
        User b = hh.signIn();
        hh.api.awaitSmsWindow(() -> hh.post("api/user/get-sms-verification-code",
                fields().add("phoneNo", b.phone()).build()).getInt("errorcode") == 0);
        assertCode(403, hh.call("api/user/bind-phone", a, fields().add("phone", b.phone())
                .add("verifyCode", hh.api.lastSmsCode(b.phone()))));
        String fresh = Heihei.uniquePhone();
        assertCode(0, hh.post("api/user/get-sms-verification-code", fields().add("phoneNo", fresh).build()));
        assertCode(0, hh.call("api/user/bind-phone", a, fields().add("phone", fresh)
                .add("verifyCode", hh.api.lastSmsCode(fresh))));
        assertEquals(a.id(), signInAgain(fresh).getJsonObject("userInfo").getJsonNumber("id").longValueExact());
    }

    private JsonObject thirdSignIn(String source, String token, String openId) {
        var f = fields().add("accountSource", source).add("accountToken", token);
        if (openId != null) {
            f.add("openId", openId);
        }
        return hh.post("api/user/sign-in", f.build());
    }

    @Test
    void weiboAndWechatSignInAsTheProviderSaysAndSysEndpointsAnswer() {
        FakeWeibo weibo = FakeWeibo.shared();
        FakeWechat wechat = FakeWechat.shared();
        long uid = System.nanoTime() % 1_000_000_000_000L;
        JsonObject first = thirdSignIn("Weibo", weibo.tokenFor(uid, "it-weibo-app", 3600), null);
        assertCode(0, first);
        assertTrue(first.getBoolean("needRegist"), first.toString());
        long id = first.getJsonObject("userInfo").getJsonNumber("id").longValueExact();
        JsonObject again = thirdSignIn("Weibo", weibo.tokenFor(uid, "it-weibo-app", 3600), null);
        assertEquals(id, again.getJsonObject("userInfo").getJsonNumber("id").longValueExact(), "the same account");
        assertCode(701, thirdSignIn("Weibo", weibo.tokenFor(uid, "another-app", 3600), null));
        assertCode(701, thirdSignIn("Weibo", "made-up", null));
        String openid = "o" + uid;
        JsonObject wx = thirdSignIn("Wechat", wechat.tokenFor(openid), openid);
        assertCode(0, wx);
        assertTrue(wx.getJsonObject("userInfo").getJsonNumber("id").longValueExact() != id);
        assertCode(702, thirdSignIn("Wechat", wechat.tokenFor(openid), "someone-else"));
        assertCode(702, thirdSignIn("Wechat", "made-up", openid));
        assertCode(700, thirdSignIn("Wechat", wechat.tokenFor(openid), null));
        JsonObject update = hh.post("api/sys/update", fields().add("versionCode", "0.0.1")
                .add("devicesType", "android").build());
        assertTrue(update.getJsonObject("info").getString("url").startsWith("http"), update.toString());
        assertFalse(hh.post("api/sys/update", fields().add("versionCode", "999.0.0").add("devicesType", "android")
                .build()).containsKey("info"));
        User user = hh.signIn();
        assertCode(0, hh.call("api/sys/upload-log", user, fields().add("log", "started")));
        assertCode(700, hh.call("api/sys/upload-log", user, fields().add("log", "x".repeat(16_385))));
        JsonObject banners = hh.call("api/social/get-banner", user, fields());
        assertFalse(banners.getJsonArray("banners").isEmpty());
        assertTrue(banners.getJsonArray("banners").getJsonObject(0).getString("link").startsWith("wmlivesheihei://"));
        assertCode(0, hh.call("api/user/push-device-info", user, fields().add("uuid", "dev-9")
                .add("apnsType", "getui").add("apnsToken", "cid-9").add("deviceType", "android")));
    }
}
