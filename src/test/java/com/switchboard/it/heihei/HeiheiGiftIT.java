package com.switchboard.it.heihei;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.Socket;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static com.switchboard.it.heihei.HeiheiLiveIT.createLive;
import static com.switchboard.it.heihei.HeiheiLiveIT.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HH-GIFT-01..03 and HH-RT-03: the catalogue, animation packages, and gifts paid once into a room. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiGiftIT {
    /** The seed's 棒棒糖 (lollipop): 10 diamonds; the default conversion gives the anchor 10 tickets. */
    static final int LOLLIPOP = 2;
    static final int LOLLIPOP_GOLD = 10;
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    static long started(Heihei hh, User anchor) {
        long liveId = createLive(hh, anchor, "礼物测试");
        assertCode(0, live(hh, "api/live/start-live", anchor, liveId));
        return liveId;
    }

    static JsonObject gift(Heihei hh, User from, long liveId, Object giftId, int amount, String combo) {
        return hh.call("api/live/buy-gift", from, fields().add("liveId", liveId).add("giftId", giftId.toString())
                .add("amount", amount).add("gift_uuid", combo));
    }

    /** GET /ops/heihei/audit: asserts every wallet adds up with its ledger. */
    static JsonObject assertAuditClean(Heihei hh) {
        Api.Reply audit = hh.api.get("ops/heihei/audit", "Bearer " + Api.OPS_TOKEN);
        assertEquals(200, audit.status(), audit.body());
        assertTrue(audit.json().getBoolean("clean"), audit.body());
        return audit.json();
    }

    @Test
    void theCatalogueListsGiftsOnSaleAndTheirPackagesWithRetiredOnesAsHistory() {
        User user = hh.signIn();
        JsonObject info = hh.call("api/live/gift-info", user, fields());
        assertCode(0, info);
        assertTrue(info.getInt("expireTime") > 0);
        List<JsonObject> gifts = info.getJsonArray("gifts").getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2, 3), gifts.stream().map(g -> g.getInt("id")).toList(), "retired 4 is not on sale");
        JsonObject lollipop = gifts.get(1);
        assertEquals(LOLLIPOP_GOLD, lollipop.getInt("gold"));
        assertEquals(3, lollipop.getJsonArray("cl").size());
        assertTrue(lollipop.getString("icon").startsWith("https://"));

        JsonObject all = hh.call("api/social/gift-resources", user, fields());
        assertCode(0, all);
        assertEquals(1, all.getJsonArray("resources").size());
        assertEquals(1, all.getJsonArray("historyGiftRes").size());
        assertTrue(all.getJsonArray("historyGiftRes").getJsonObject(0).isNull("file_md5"));
        JsonObject onlyCar = hh.call("api/social/gift-resources", user, fields().add("giftIds", "3"));
        assertEquals(1, onlyCar.getJsonArray("resources").size());
        assertEquals(3, onlyCar.getJsonArray("resources").getJsonObject(0).getInt("id"), "a package's id is its gift's");
        assertEquals(0, onlyCar.getJsonArray("historyGiftRes").size());
        assertEquals(4, all.getJsonArray("historyGiftRes").getJsonObject(0).getInt("id"), "the retired gift's package");
        assertEquals(0, hh.call("api/social/gift-resources", user, fields().add("giftIds", "1,2"))
                .getJsonArray("resources").size());
        assertCode(700, hh.call("api/social/gift-resources", user, fields().add("giftIds", "1,x")));
        assertCode(720, hh.call("api/live/gift-info", new User("", "bogus-token", 0), fields()));
    }

    @Test
    void aGiftIsChargedOnceTheAnchorEarnsTicketsAndTheRoomSeesIt() throws Exception {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        User outsider = hh.signIn();
        long liveId = started(hh, anchor);
        Socket room = hh.channel(anchor);
        assertCode(506, gift(hh, viewer, liveId, LOLLIPOP, 1, "c1"), "not in the room");
        assertCode(0, live(hh, "api/live/join-live", viewer, liveId));
        assertCode(740, gift(hh, viewer, liveId, LOLLIPOP, 1, "c1"), "no diamonds: nothing charged or sent");
        assertEquals(200, hh.credit(viewer.id(), 25, 0).status());
        assertCode(730, gift(hh, viewer, liveId, 99, 1, "c1"));
        assertCode(730, gift(hh, viewer, liveId, 4, 1, "c1"), "a retired gift is not sold");
        assertCode(700, gift(hh, viewer, liveId, "abc", 1, "c1"));
        assertCode(731, gift(hh, viewer, 987_654_321L, LOLLIPOP, 1, "c1"));
        assertCode(506, gift(hh, outsider, liveId, LOLLIPOP, 1, "c1"));

        JsonObject first = gift(hh, viewer, liveId, LOLLIPOP, 1, "combo-1");
        assertCode(0, first);
        assertEquals(15, first.getInt("gold"));
        JsonObject frame = room.ofType("gift");
        assertEquals(1, frame.getInt("amount"));
        assertEquals(LOLLIPOP, frame.getInt("giftId"));
        assertEquals("combo-1", frame.getString("gift_uuid"));
        assertEquals(viewer.id(), frame.getJsonNumber("fromUserId").longValue());
        assertEquals(LOLLIPOP_GOLD, frame.getJsonNumber("totalTicket").longValue());
        assertEquals("棒棒糖", frame.getJsonObject("gift").getString("name"));
        assertTrue(frame.containsKey("msgId") && frame.containsKey("roomId"));

        JsonObject second = gift(hh, viewer, liveId, LOLLIPOP, 2, "combo-1");
        assertEquals(5, second.getInt("gold"), "the combo counter does not multiply the price");
        assertEquals(2 * LOLLIPOP_GOLD, room.ofType("gift").getJsonNumber("totalTicket").longValue());
        assertCode(740, gift(hh, viewer, liveId, LOLLIPOP, 3, "combo-1"));
        assertEquals(null, room.poll(300), "a refused gift is not shown");

        JsonObject anchorGold = hh.call("api/user/user-gold", anchor, fields()).getJsonObject("user");
        assertEquals(2 * LOLLIPOP_GOLD, anchorGold.getJsonNumber("point").longValue());
        assertEquals(2 * LOLLIPOP_GOLD, anchorGold.getJsonNumber("allEarnPoint").longValue());
        JsonObject viewerGold = hh.call("api/user/user-gold", viewer, fields()).getJsonObject("user");
        assertEquals(2 * LOLLIPOP_GOLD, viewerGold.getJsonNumber("allOutlayGold").longValue());
        JsonObject stopped = live(hh, "api/live/stop-live", anchor, liveId);
        assertCode(0, stopped);
        assertCode(731, gift(hh, viewer, liveId, LOLLIPOP, 1, "late"), "an ended live takes no gifts");
        room.close();
    }

    @Test
    void aHundredParallelGiftsFromABalanceForThirtySevenSucceedThirtySevenTimesAndAllAreShown() throws Exception {
        User anchor = hh.signIn();
        User viewer = hh.signIn();
        long liveId = started(hh, anchor);
        assertCode(0, live(hh, "api/live/join-live", viewer, liveId));
        Socket room = hh.channel(anchor);
        assertEquals(200, hh.credit(viewer.id(), 37L * LOLLIPOP_GOLD, 0).status());
        // 8 in flight: with the ITs' 3 s socket idle limit, dozens of requests blocked on one wallet's row lock on a
        // cold 2-core server hold up the anchor socket's pongs long enough to have it closed as idle
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long began = System.nanoTime();
        List<Future<JsonObject>> replies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            replies.add(pool.submit(() -> gift(hh, viewer, liveId, LOLLIPOP, n + 1, "burst")));
            if (i % 10 == 0) {
                // likes in between fill the room's low-priority ceiling; gifts never wait behind it
                pool.submit(() -> hh.call("api/live/live-like", viewer, fields().add("liveId", liveId).add("type", 1)));
            }
        }
        int ok = 0;
        int shortOf = 0;
        Set<Integer> golds = new HashSet<>();
        for (Future<JsonObject> f : replies) {
            JsonObject r = f.get();
            if (r.getInt("errorcode") == 0) {
                ok++;
                golds.add(r.getInt("gold"));
            } else if (r.getInt("errorcode") == 740) {
                shortOf++;
            } else {
                throw new AssertionError("unexpected " + r);
            }
        }
        pool.shutdown();
        System.out.printf("HeiheiGiftIT: 100 parallel gifts answered in %d ms%n", (System.nanoTime() - began) / 1_000_000);
        assertEquals(37, ok);
        assertEquals(63, shortOf);
        assertEquals(37, golds.size(), "each success left a different balance");
        assertTrue(golds.contains(0));
        Set<Long> totals = new HashSet<>();
        for (int i = 0; i < 37; i++) {
            totals.add(room.ofType("gift").getJsonNumber("totalTicket").longValue());
        }
        assertEquals(37, totals.size(), "every paid gift reached the room, each with the anchor's total after it");
        assertEquals(37L * LOLLIPOP_GOLD, totals.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertFalse(room.drain(300, f -> "gift".equals(f.getString("msgType", ""))).iterator().hasNext(),
                "no gift was shown that was not paid");
        JsonObject anchorGold = hh.call("api/user/user-gold", anchor, fields()).getJsonObject("user");
        assertEquals(37L * LOLLIPOP_GOLD, anchorGold.getJsonNumber("point").longValue());
        JsonObject stopped = live(hh, "api/live/stop-live", anchor, liveId);
        assertEquals(37L * LOLLIPOP_GOLD, stopped.getJsonObject("live").getJsonNumber("liveTotalTicket").longValue(),
                stopped::toString);
        assertAuditClean(hh);
        room.close();
    }
}
