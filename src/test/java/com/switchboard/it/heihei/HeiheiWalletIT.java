package com.switchboard.it.heihei;

import com.switchboard.it.Api;
import com.switchboard.it.Api.Reply;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The diamonds/tickets wallet: the ops credit, HH-GIFT-04 = HH-PAY-06, and spends exactly once under concurrency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiWalletIT {
    private static final long FEE = 10; // switchboard.heihei.rename-fee default
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @Test
    void fiftyParallelSpendsOfABalanceForTwentySucceedTwentyTimes() throws Exception {
        User user = hh.signIn();
        assertCode(0, rename(user, "first"), "the first rename is free");
        Reply credited = hh.credit(user.id(), 20 * FEE, 7);
        assertEquals(200, credited.status(), credited.body());
        assertEquals(20 * FEE, credited.json().getJsonNumber("gold").longValue());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<JsonObject>> replies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "n" + i;
            replies.add(pool.submit(() -> rename(user, name)));
        }
        int ok = 0;
        int short_ = 0;
        for (Future<JsonObject> f : replies) {
            int code = f.get().getInt("errorcode");
            if (code == 0) {
                ok++;
            } else if (code == 740) {
                short_++;
            } else {
                throw new AssertionError("unexpected " + f.get());
            }
        }
        pool.shutdown();
        assertEquals(20, ok);
        assertEquals(30, short_);
        JsonObject gold = hh.call("api/user/user-gold", user, fields()).getJsonObject("user");
        assertEquals(0, gold.getJsonNumber("gold").longValue());
        assertEquals(20 * FEE, gold.getJsonNumber("allOutlayGold").longValue());
        assertEquals(7, gold.getJsonNumber("point").longValue());
        JsonObject statistic = hh.call("api/payment/statistic", user, fields());
        for (String key : List.of("gold", "point", "pointWorth", "allOutlayGold", "allEarnPoint")) {
            assertEquals(gold.getJsonNumber(key), statistic.getJsonNumber(key), key);
        }
        assertEquals(21, hh.call("api/user/info", user, fields().add("uid", user.id())).getJsonObject("result")
                .getInt("modifyCount"));

        // the ledger: the credit, then one row per successful spend, each with the balance it left
        Reply ledger = hh.api.get("ops/heihei/ledger?userId=" + user.id(), "Bearer " + Api.OPS_TOKEN);
        assertEquals(200, ledger.status(), ledger.body());
        List<JsonObject> goldRows = new ArrayList<>();
        ledger.json().getJsonArray("entries").forEach(e -> {
            if (e.asJsonObject().getString("currency").equals("gold")) {
                goldRows.add(e.asJsonObject());
            }
        });
        assertEquals(21, goldRows.size(), ledger.body());
        assertEquals(20 * FEE, goldRows.get(0).getJsonNumber("delta").longValue());
        long balance = 0;
        for (JsonObject e : goldRows) {
            balance += e.getJsonNumber("delta").longValue();
            assertEquals(balance, e.getJsonNumber("balanceAfter").longValue(), "each row leaves the running sum");
        }
        assertEquals(0, balance);
        assertEquals(20, goldRows.stream().skip(1).filter(e -> e.getJsonNumber("delta").longValue() == -FEE).count());
    }

    private JsonObject rename(User user, String name) {
        return hh.call("api/user/update", user, fields().add("displayName", name).add("gender", "Female")
                .add("birthDay", "1995-05-20"));
    }

    @Test
    void theOpsCreditRefusesWhatItCannotDo() {
        User user = hh.signIn();
        assertEquals(404, hh.credit(1, 5, 0).status());
        Reply malformed = raw("{\"userId\":" + user.id() + ",\"gold\":\"abc\"}", "Bearer " + Api.OPS_TOKEN);
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals(400, raw("{\"userId\":" + user.id() + ",\"gold\":-5}", "Bearer " + Api.OPS_TOKEN).status());
        int unauthorised = raw("{\"userId\":" + user.id() + ",\"gold\":5}", "Bearer wrong").status();
        assertEquals(true, unauthorised == 401 || unauthorised == 404, "status " + unauthorised);
        assertEquals(0, hh.call("api/user/user-gold", user, fields()).getJsonObject("user")
                .getJsonNumber("gold").longValue(), "nothing was credited");
    }

    private Reply raw(String body, String authorization) {
        return hh.api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "ops/heihei/balance"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
