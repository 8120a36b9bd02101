package com.switchboard.it.signaling;

import com.switchboard.it.Api;
import com.switchboard.it.Browsers;
import com.switchboard.it.Deployments;

import com.switchboard.testing.Await;
import com.switchboard.it.signaling.Signal.Dev;
import com.switchboard.it.signaling.Signal.Socket;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.switchboard.it.signaling.Signal.answer;
import static com.switchboard.it.signaling.Signal.call;
import static com.switchboard.it.signaling.Signal.hangup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIG-13 in a real browser: two headless Chromiums with fake cameras open the video page on the room of a call made
 * over the signaling socket, negotiate WebRTC through the room socket, and decode each other's video. Installs
 * Debian's Chromium and ChromeDriver first if they are missing (.ci/chromium.sh).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VideoRoomBrowserIT {
    private static final String STATS = """
            const done = arguments[arguments.length - 1];
            const room = window.switchboardRoom;
            if (!room || !room.pc) { done({state: 'none', frames: 0}); return; }
            room.pc.getStats().then((report) => {
              let frames = 0;
              report.forEach((s) => { if (s.type === 'inbound-rtp' && s.kind === 'video') { frames += s.framesDecoded || 0; } });
              done({state: room.pc.connectionState, frames: frames});
            }, (e) => done({state: 'error ' + e, frames: 0}));
            """;

    private final Signal signal = new Signal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @BeforeAll
    static void chromium() throws Exception {
        Browsers.ensureChromium();
    }

    @Test
    void twoBrowsersOnOneRoomSeeEachOther() throws Exception {
        Dev a = signal.device();
        Dev b = signal.device();
        try (Socket sa = signal.connect(a); Socket sb = signal.connect(b)) {
            SignalingIT.awaitOnline(sa, sb, b);
            sa.send(call(b));
            JsonObject called = sb.next("called");
            sb.send(answer("called_success", called));
            String room = sa.next("call_success").getString("room_id");

            WebDriver caller = browser();
            WebDriver callee = browser();
            try {
                String page = Api.BASE + "static/demo/direct_chat.html?room_id=" + room;
                caller.get(page);
                callee.get(page);
                awaitVideo(caller, "caller");
                awaitVideo(callee, "callee");

                sa.send(hangup(b, room)); // the call ends: both pages leave the room
                sb.next("calling_be_hangup");
                awaitStatus(caller, "call ended");
                awaitStatus(callee, "call ended");
            } finally {
                caller.quit();
                callee.quit();
            }
        }
    }

    private static WebDriver browser() throws Exception {
        return Browsers.headless("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--autoplay-policy=no-user-gesture-required");
    }

    /** Waits until the page's peer connection is connected and has decoded video frames from the other side. */
    private static void awaitVideo(WebDriver driver, String who) {
        Await.value(() -> (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript(STATS),
                stats -> "connected".equals(stats.get("state")) && ((Number) stats.get("frames")).longValue() > 0,
                java.time.Duration.ofSeconds(60), who + " never decoded video (page says "
                        + driver.findElement(By.id("status")).getText() + ")");
    }

    private static void awaitStatus(WebDriver driver, String expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String status = "";
        while (System.nanoTime() < deadline) {
            status = driver.findElement(By.id("status")).getText();
            if (expected.equals(status)) {
                return;
            }
            Api.pause(100);
        }
        assertEquals(expected, status);
    }
}
