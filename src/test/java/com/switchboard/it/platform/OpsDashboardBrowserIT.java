package com.switchboard.it.platform;

import com.switchboard.it.Api;
import com.switchboard.it.Browsers;
import com.switchboard.it.Deployments;
import com.switchboard.it.call.IosInvitation;
import com.switchboard.it.heihei.Heihei;
import com.switchboard.testing.Await;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static com.switchboard.it.Api.assertFailed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ops dashboard in headless Chromium: signs in with the ops token, watches traffic the test makes, and its
 * plots draw the values {@code /metrics} reports; a pending withdrawal is rejected from its table. Keeps a
 * screenshot at {@code target/ops-dashboard.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpsDashboardBrowserIT {
    /** The newest value the chart's plot was given to draw for {@code key}, or null. */
    private static final String DRAWN = """
            const chart = window.opsDashboard && window.opsDashboard.charts[arguments[0]];
            if (!chart || !chart.plot) { return null; }
            const i = chart.keys.indexOf(arguments[1]);
            if (i < 0) { return null; }
            const column = chart.plot.data[i + 1];
            for (let j = column.length - 1; j >= 0; j--) { if (column[j] != null) { return column[j]; } }
            return null;
            """;

    private final Api api = new Api();
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @BeforeAll
    static void chromium() throws Exception {
        Browsers.ensureChromium();
    }

    @Test
    void theDashboardPlotsWhatMetricsReportsAndActsOnWithdrawals() throws Exception {
        WebDriver browser = Browsers.headless();
        try {
            browser.manage().window().setSize(new Dimension(1500, 1900));
            browser.get(Api.BASE + "ops/ui");
            browser.findElement(By.id("token")).sendKeys(Api.OPS_TOKEN);
            browser.findElement(By.cssSelector("#sign-in button")).click();
            Await.until(() -> browser.findElement(By.id("dashboard")).isDisplayed(), Duration.ofSeconds(10),
                    () -> "the dashboard did not open");

            Scrape before = Scrape.of(api);
            Heihei.User viewer = hh.signIn();
            Heihei.Socket socket = hh.channel(viewer);
            for (int i = 0; i < 3; i++) {
                assertEquals(404, api.get("api/live/no-such", null).status());
            }
            assertFailed("account_not_exist", api.post("lwork/mobile/login", Json.createObjectBuilder()
                    .add("acc", "nobody-" + Api.uniquePhone()).add("pwd", "x").add("device_id", "d")
                    .add("clidata", Api.android()).build()));
            long withdrawal = pendingWithdrawal();
            IosInvitation invitation = IosInvitation.ring(api); // a call, its invitation and a device push
            Heihei.User anchor = hh.signIn();
            long liveId = hh.call("api/live/create-live", anchor, Heihei.fields().add("title", "ops"))
                    .getJsonObject("live").getJsonNumber("liveId").longValueExact();
            Heihei.assertCode(0, hh.call("api/live/start-live", anchor, Heihei.fields().add("liveId", liveId)));
            Heihei.assertCode(0, hh.call("api/live/join-live", viewer, Heihei.fields().add("liveId", liveId)));

            for (String[] plotted : new String[][]{
                    {"errors", "request_failures_total{family=\"heihei\"}"},
                    {"errors", "request_failures_total{family=\"lwork\"}"},
                    {"sockets", "realtime_sockets{channel=\"heihei\"}"},
                    {"calls-started", "calls_started_total{kind=\"p2p\"}"},
                    {"pushes", "device_pushes_sent_total{provider=\"apns\"}"}}) {
                awaitDrawnAsScraped(browser, plotted[0], plotted[1], before.value(plotted[1]));
            }
            assertTrue(browser.findElements(By.cssSelector("#chart-errors canvas")).size() > 0, "no canvas drawn");
            Await.until(() -> browser.findElement(By.id("insecure")).isDisplayed(), Duration.ofSeconds(15),
                    () -> "no banner for the insecure modes the ITs run with");
            assertTrue(browser.findElement(By.id("insecure")).getText().contains("SWITCHBOARD_LWORK_REQUIRE_SESSION"),
                    () -> browser.findElement(By.id("insecure")).getText());
            screenshot(browser);

            Await.until(() -> !browser.findElements(By.cssSelector("#withdrawals tr[data-id='" + withdrawal + "']"))
                    .isEmpty(), Duration.ofSeconds(15), () -> "withdrawal " + withdrawal + " not listed");
            screenshot(browser);
            browser.findElement(By.xpath("//table[@id='withdrawals']//tr[@data-id='" + withdrawal
                    + "']//button[text()='Reject']")).click();
            Await.until(() -> "rejected".equals(status(withdrawal)), Duration.ofSeconds(10),
                    () -> "the Reject button did not reject withdrawal " + withdrawal);
            invitation.hangUp(api);
            Heihei.assertCode(0, hh.call("api/live/stop-live", anchor, Heihei.fields().add("liveId", liveId)));
            socket.close();
        } finally {
            browser.quit();
        }
    }

    /** The plot's newest point for {@code key} equals what /metrics says now, and has moved past {@code before}. */
    private void awaitDrawnAsScraped(WebDriver browser, String chart, String key, double before) {
        Object[] last = {null, null};
        Await.until(() -> {
            Object drawn = ((JavascriptExecutor) browser).executeScript(DRAWN, chart, key);
            double scraped = Scrape.of(api).value(key);
            last[0] = drawn;
            last[1] = scraped;
            return drawn instanceof Number n && n.doubleValue() == scraped && scraped > before;
        }, Duration.ofSeconds(30), () -> chart + " plots " + key + " = " + last[0] + ", /metrics says " + last[1]
                + " (before " + before + ")");
    }

    private long pendingWithdrawal() {
        Heihei.User user = hh.signIn();
        assertEquals(200, hh.credit(user.id(), 0, 100_000).status());
        Heihei.assertCode(0, hh.call("api/payment/verify-alipay", user, Heihei.fields().add("alipaycode",
                "13800138000").add("username", "王五").add("idcard", "11010519491231002X").add("phone", "13800138000")));
        Heihei.assertCode(0, hh.call("api/payment/pay-req", user, Heihei.fields().add("alipaycode", "13800138000")
                .add("payamount", 100)));
        return api.get("ops/heihei/withdrawals?status=pending", "Bearer " + Api.OPS_TOKEN).json()
                .getJsonArray("withdrawals").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getJsonNumber("userId").longValue() == user.id())
                .mapToLong(w -> w.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    private String status(long withdrawal) {
        return api.get("ops/heihei/withdrawals", "Bearer " + Api.OPS_TOKEN).json().getJsonArray("withdrawals")
                .getValuesAs(JsonObject.class).stream().filter(w -> w.getJsonNumber("id").longValue() == withdrawal)
                .map(w -> w.getString("status")).findFirst().orElse("missing");
    }

    private static void screenshot(WebDriver browser) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "ops-dashboard.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
