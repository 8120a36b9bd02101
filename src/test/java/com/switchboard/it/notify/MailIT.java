package com.switchboard.it.notify;

import com.switchboard.it.call.CallIT;
import com.switchboard.it.Api;
import com.switchboard.it.Deployments;

import com.switchboard.testing.Await;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.switchboard.it.Api.Reply;
import com.switchboard.it.Api.User;
import com.switchboard.push.provider.FakeBaidu;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import static com.switchboard.it.Api.assertFailed;
import static com.switchboard.it.Api.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voip.md §6 against a real mail server: GreenMail runs IMAP and SMTP in this JVM on the ports the server under
 * test is configured with (failsafe env), mail is delivered over SMTP, and the app side is the long-poll and the
 * server's real Baidu push client talking to a fake Baidu. Rule 6.1 runs with a 2 s first interval, capped at 4 s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {
    static final int IMAP_PORT = Integer.getInteger("it.greenmail.imap.port", 9143);
    static final int SMTP_PORT = Integer.getInteger("it.greenmail.smtp.port", 9025);
    static final String OA_TOKEN = System.getProperty("it.oa.token", "it-oa-token");
    static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final ServerSetup IMAP = new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);

    static GreenMail greenMail;
    static FakeBaidu baidu;
    final Api api = new Api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @BeforeAll
    static void startMailServer() throws Exception {
        greenMail = new GreenMail(new ServerSetup[]{SMTP, IMAP});
        greenMail.start();
        baidu = new FakeBaidu("it-baidu-key", "it-baidu-secret",
                Integer.getInteger("it.fake.baidu.port", 9191));
    }

    @AfterAll
    static void stopMailServer() {
        greenMail.stop();
        baidu.close();
    }

    /** A logged-in Android user whose mailbox (on GreenMail) is set up through VOIP-40. */
    record Mailbox(User user, String device, String addr, String login) {
    }

    private Mailbox mailbox() {
        User user = api.selfRegister("dth_common");
        String device = "android-" + user.account();
        assertOk(api.login(user, device));
        String login = "u" + user.account();
        String addr = login + "@mail.example.com";
        greenMail.setUser(addr, login, "pw-" + login);
        JsonObject reply = setAccount(user, login, "pw-" + login, addr);
        assertEquals("ok", reply.getString("result"), reply::toString);
        assertEquals("ok", reply.getString("status"), reply::toString);
        return new Mailbox(user, device, addr, login);
    }

    private JsonObject setAccount(User user, String login, String pwd, String addr) {
        return api.post("lwork/mail/set_account", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("account", user.account()).add("mail_acc", login).add("mail_pwd", pwd).add("mail_addr", addr)
                .build());
    }

    private static void deliver(Mailbox box, String subject) {
        GreenMailUtil.sendTextEmail(box.addr(), "Carol <carol@example.org>", subject, "text of " + subject, SMTP);
    }

    private List<JsonObject> pollQuietly(Mailbox box) {
        try {
            return poll(box);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** One long-poll: the events it brought (none when the hold ran out). */
    private List<JsonObject> poll(Mailbox box) throws Exception {
        JsonObject reply = Api.answer(api.poll(box.user().account(), box.device()));
        assertOk(reply);
        List<JsonObject> events = new ArrayList<>();
        for (JsonValue v : reply.getJsonArray("data")) {
            JsonObject e = v.asJsonObject();
            if (!"shake_hand".equals(e.getString("event", ""))) {
                events.add(e);
            }
        }
        return events;
    }

    /** Polls until an event matching {@code wanted} arrives; every event seen on the way goes to {@code seen}. */
    private JsonObject awaitEvent(Mailbox box, Predicate<JsonObject> wanted, List<JsonObject> seen) throws Exception {
        JsonObject[] found = new JsonObject[1];
        Await.until(() -> {
            for (JsonObject e : pollQuietly(box)) {
                seen.add(e);
                if (wanted.test(e)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        }, Duration.ofSeconds(30), () -> "no such event in 30 s; saw " + seen);
        return found[0];
    }

    private static Predicate<JsonObject> event(String name, String uid) {
        return e -> name.equals(e.getString("event", "")) && uids(e).contains(uid);
    }

    private static List<String> uids(JsonObject e) {
        return e.getJsonArray("uids").getValuesAs(JsonValue.class).stream()
                .map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()).toList();
    }

    private JsonObject ack(String path, User user, String... uids) {
        var list = Json.createArrayBuilder();
        for (String u : uids) {
            list.add(u);
        }
        return api.post(path, Json.createObjectBuilder().add("account", user.account()).add("uids", list).build());
    }

    private String stateOf(User user, String event, String uid) {
        for (JsonValue v : api.opsGet("ops/notify/pending?uuid=" + user.uuid()).getJsonArray("items")) {
            JsonObject p = v.asJsonObject();
            if (p.getString("event").equals(event) && p.getString("uid").equals(uid)) {
                return p.getString("state");
            }
        }
        return null;
    }

    private void awaitState(User user, String event, String uid, String state) {
        CallIT.awaitTrue(() -> state.equals(stateOf(user, event, uid)),
                event + " " + uid + " never became " + state + ", is " + stateOf(user, event, uid));
    }

    @Test
    void aWrongMailboxPasswordIsPwdNotMatchedAndSavesNothing() {
        User user = api.selfRegister("dth_common");
        assertOk(api.login(user, "android-" + user.account()));
        String login = "w" + user.account();
        greenMail.setUser(login + "@mail.example.com", login, "right");
        JsonObject reply = setAccount(user, login, "wrong", login + "@mail.example.com");
        assertEquals("failed", reply.getString("result"), reply::toString);
        assertEquals("pwd_not_matched", reply.getString("reason"), reply::toString);
        JsonObject missing = api.post("lwork/mail/set_account", Json.createObjectBuilder()
                .add("uuid", user.uuid()).add("account", user.account()).build());
        assertEquals("failed", missing.getString("status"), missing::toString);
        JsonObject other = setAccount(user, login, "right", login + "@mail.example.com");
        assertEquals("ok", other.getString("result"), "the right password is accepted: " + other);
        JsonObject stranger = api.post("lwork/mail/set_account", Json.createObjectBuilder().add("uuid", user.uuid())
                .add("account", "someone-else").add("mail_acc", login).add("mail_pwd", "right")
                .add("mail_addr", login + "@mail.example.com").build());
        assertEquals("account_not_matched", stranger.getString("reason"), stranger::toString);
    }

    @Test
    void newMailIsPushedAndLongPolledRedeliveredUntilAcknowledgedWithOnlyPendingUids() throws Exception {
        Mailbox box = mailbox();
        assertOk(api.post("lwork/mobile/baidu_push_register", Json.createObjectBuilder()
                .add("caller", box.user().account()).add("account", box.user().account())
                .add("user_id", "bd-user-" + box.user().account())
                .add("channel_id", "5" + box.user().account() + "66").build()));
        baidu.boundChannels.add("5" + box.user().account() + "66");

        String channel = "5" + box.user().account() + "66";
        deliver(box, "Quarterly report");
        List<JsonObject> seen = new ArrayList<>();
        JsonObject first = awaitEvent(box, e -> "new_email_arrived".equals(e.getString("event", "")), seen);
        assertEquals(box.login(), first.getString("mail_acc"));
        assertEquals("Quarterly report", first.getString("alert"));
        assertEquals(1, first.getInt("badge"));
        assertEquals(1, first.getInt("content-available"));
        String a = uids(first).get(0);
        CallIT.awaitTrue(() -> baidu.received.stream().anyMatch(r -> r.channelId().equals(channel)
                        && r.msg().getString("event", "").equals("new_email_arrived")),
                () -> "the device push never reached Baidu: "
                        + api.opsGet("ops/push/deliveries?uuid=" + box.user().uuid()));
        JsonObject pushed = baidu.received.stream().filter(r -> r.channelId().equals(channel)).findFirst()
                .orElseThrow().msg();
        assertEquals(first.getJsonArray("uids"), pushed.getJsonArray("uids"), "push and long-poll carry the same");

        deliver(box, "Second letter");
        JsonObject second = awaitEvent(box, e -> "new_email_arrived".equals(e.getString("event", ""))
                && uids(e).stream().anyMatch(u -> !u.equals(a)), seen);
        String b = uids(second).stream().filter(u -> !u.equals(a)).findFirst().orElseThrow();

        assertOk(ack("lwork/mail/new_email_arrived_ack", box.user(), a));
        assertOk(ack("lwork/mail/new_email_arrived_ack", box.user(), a));
        assertEquals("ACKED", stateOf(box.user(), "new_email_arrived", a));
        // B is not acknowledged: it comes again, and a redelivery after A's ack never carries A.
        List<JsonObject> afterAck = new ArrayList<>();
        awaitEvent(box, event("new_email_arrived", b), afterAck);
        JsonObject again = awaitEvent(box, event("new_email_arrived", b), afterAck);
        assertEquals(List.of(b), uids(again), "a redelivery carries only the still-pending uid");
        assertTrue(afterAck.stream().noneMatch(e -> uids(e).contains(a)), "A came back after its ack: " + afterAck);

        assertOk(ack("lwork/mail/new_email_arrived_ack", box.user(), b, "no-such-uid"));
        assertEquals("ACKED", stateOf(box.user(), "new_email_arrived", b));
        // One copy may already have been queued before the ack; after that nothing more comes for a whole
        // redelivery cap (4 s) and a poll hold.
        List<JsonObject> later = new ArrayList<>(poll(box));
        later.addAll(poll(box));
        assertTrue(later.stream().filter(e -> uids(e).contains(b)).count() <= 1, "redelivered after ack: " + later);
        assertTrue(poll(box).stream().noneMatch(e -> "new_email_arrived".equals(e.getString("event", ""))),
                "still redelivering after the ack");
    }

    @Test
    void mailReadInAnotherClientOrALogoutEndsRedelivery() throws Exception {
        Mailbox box = mailbox();
        deliver(box, "Read me elsewhere");
        List<JsonObject> seen = new ArrayList<>();
        JsonObject e = awaitEvent(box, x -> "new_email_arrived".equals(x.getString("event", "")), seen);
        String uid = uids(e).get(0);
        markSeen(box, Long.parseLong(uid));
        awaitState(box.user(), "new_email_arrived", uid, "READ");

        deliver(box, "Logged out before reading");
        JsonObject next = awaitEvent(box, x -> "new_email_arrived".equals(x.getString("event", ""))
                && !uids(x).contains(uid), seen);
        String other = uids(next).get(0);
        assertOk(api.logout(box.user(), box.device()));
        awaitState(box.user(), "new_email_arrived", other, "LOGGED_OUT");
    }

    private static void markSeen(Mailbox box, long uid) throws Exception {
        Session s = Session.getInstance(new Properties());
        try (Store store = s.getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, box.login(), "pw-" + box.login());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            ((UIDFolder) inbox).getMessageByUID(uid).setFlag(Flags.Flag.SEEN, true);
            inbox.close(false);
        }
    }

    private Reply postOa(String authorization, JsonObject item) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "mail/oa/items"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(item.toString())).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return api.send(b.build());
    }

    @Test
    void oaItemsArePushedListedLinkedAndReadingOneEndsItsRedelivery() throws Exception {
        User user = api.selfRegister("dth_common");
        Mailbox box = new Mailbox(user, "android-" + user.account(), null, null);
        assertOk(api.login(user, box.device()));
        JsonObject item = Json.createObjectBuilder().add("account", user.account()).add("uid", "oa-1")
                .add("subject", "请审批: leave request").add("oa_link", "https://oa.example.com/flow/1").build();
        assertEquals(401, postOa(null, item).status());
        assertEquals(401, postOa("Bearer wrong", item).status());
        Reply posted = postOa("Bearer " + OA_TOKEN, item);
        assertEquals(200, posted.status(), posted::body);
        assertOk(posted.json());
        assertEquals(200, postOa("Bearer " + OA_TOKEN, item).status(), "a retried post is accepted");
        assertOk(postOa("Bearer " + OA_TOKEN, Json.createObjectBuilder(item).add("uid", "oa-2")
                .add("subject", "second").add("oa_link", "https://oa.example.com/flow/2").build()).json());
        assertFailed("account_not_exist", postOa("Bearer " + OA_TOKEN, Json.createObjectBuilder(item)
                .add("account", "nobody-" + user.account()).build()).json());

        List<JsonObject> seen = new ArrayList<>();
        JsonObject e = awaitEvent(box, event("new_oa_arrived", "oa-1"), seen);
        assertEquals("请审批: leave request", e.getString("alert"));
        assertEquals(user.account(), e.getString("mail_acc"));

        JsonObject summary = api.post("mail/get_oa_summary", Json.createObjectBuilder()
                .add("account", user.account()).add("page_num", 1).add("page_index", 1).build());
        assertOk(summary);
        JsonArray page1 = summary.getJsonArray("uids");
        assertEquals(1, page1.size());
        assertEquals("oa-2", page1.getJsonObject(0).getString("uid"), "newest first");
        assertEquals("second", page1.getJsonObject(0).getString("Subject"));
        JsonObject page2 = api.post("mail/get_oa_summary", Json.createObjectBuilder()
                .add("account", user.account()).add("page_num", 1).add("page_index", 2).build());
        assertEquals("oa-1", page2.getJsonArray("uids").getJsonObject(0).getString("uid"));
        assertFailed("account_not_exist", api.post("mail/get_oa_summary", Json.createObjectBuilder()
                .add("account", "nobody").add("page_num", 1).add("page_index", 1).build()));

        assertOk(ack("lwork/mail/new_oa_arrived_ack", user, "oa-2"));
        assertEquals("ACKED", stateOf(user, "new_oa_arrived", "oa-2"));
        assertEquals("PENDING", stateOf(user, "new_oa_arrived", "oa-1"));
        JsonObject link = api.getJson("mail/get_oa_link?account=" + user.account() + "&uid=oa-1");
        assertOk(link);
        assertEquals("https://oa.example.com/flow/1", link.getString("oa_link"));
        assertEquals("READ", stateOf(user, "new_oa_arrived", "oa-1"));
        assertFailed("uid_not_exist", api.getJson("mail/get_oa_link?account=" + user.account() + "&uid=nope"));
    }

    @Test
    void theMailPageIsServedToAnyoneButListsMailOnlyWithTheSignedParameter() throws Exception {
        Mailbox box = mailbox();
        deliver(box, "Shown on the H5 page");
        awaitEvent(box, x -> "new_email_arrived".equals(x.getString("event", "")), new ArrayList<>());

        Reply page = api.get("livecommail/index.html?uuid=" + box.user().uuid(), null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<html"), page.body());

        assertFailed("page_token_invalid", api.getJson("livecommail/mails?uuid=" + box.user().uuid()));
        assertFailed("no_logind", api.post("lwork/mail/page_link", Json.createObjectBuilder()
                .add("uuid", box.user().uuid()).add("device_id", "not-my-device").build()));
        JsonObject link = api.post("lwork/mail/page_link", Json.createObjectBuilder()
                .add("uuid", box.user().uuid()).add("device_id", box.device()).build());
        assertOk(link);
        String url = link.getString("url");
        assertTrue(url.startsWith("/livecommail/index.html?uuid=" + box.user().uuid() + "&t="), url);
        String t = url.substring(url.indexOf("&t=") + 3);
        assertEquals(200, api.get(url.substring(1), null).status());

        JsonObject mails = api.getJson("livecommail/mails?uuid=" + box.user().uuid() + "&t="
                + URLEncoder.encode(t, StandardCharsets.UTF_8));
        assertOk(mails);
        JsonObject newest = mails.getJsonArray("mails").getJsonObject(0);
        assertEquals("Shown on the H5 page", newest.getString("subject"));
        assertTrue(newest.getString("from").contains("carol@example.org"), newest.toString());
        JsonObject watch = api.opsGet("ops/mail/watch");
        assertTrue(watch.getInt("open") >= 1 && watch.getInt("idle") >= 1, "GreenMail's mailboxes are IDLE-watched: "
                + watch);
        assertFalse(newest.getString("date").isEmpty());

        User stranger = api.selfRegister("dth_common");
        assertFailed("page_token_invalid", api.getJson("livecommail/mails?uuid=" + stranger.uuid() + "&t="
                + URLEncoder.encode(t, StandardCharsets.UTF_8)));
    }

    @Test
    void theCountersAreOnMetrics() throws Exception {
        Mailbox box = mailbox();
        deliver(box, "Counted");
        JsonObject e = awaitEvent(box, x -> "new_email_arrived".equals(x.getString("event", "")),
                new ArrayList<>());
        assertOk(ack("lwork/mail/new_email_arrived_ack", box.user(), uids(e).get(0)));
        com.switchboard.it.platform.Scrape metrics = com.switchboard.it.platform.Scrape.of(api);
        for (String name : List.of("notify_pending", "notify_deliveries_total", "notify_acks_total",
                "notify_redeliveries_total", "notify_expired_total", "mail_idle_arrivals_total")) {
            assertTrue(metrics.has(name), name + " missing from " + metrics);
        }
        for (String counted : List.of("notify_acks_total", "notify_deliveries_total", "mail_idle_arrivals_total")) {
            // GreenMail offers IDLE on plain IMAP: at least one arrival was told by IDLE, not found by a poll.
            assertTrue(metrics.value(counted) > 0, counted + " is 0: " + metrics);
        }
    }
}
