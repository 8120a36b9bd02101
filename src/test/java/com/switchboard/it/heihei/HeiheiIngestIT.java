package com.switchboard.it.heihei;

import com.switchboard.it.Api;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.User;
import com.switchboard.testing.Await;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.HeiheiLiveIT.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real RTMP ingest (Debian nginx + libnginx-mod-rtmp, .ci/ingest.sh) in front of heihei live rooms: ffmpeg
 * publishes a test pattern to the anchor's push address; the ingest asks the server (on_publish), serves HLS, and
 * tells it when the stream is gone (on_publish_done). Skipped only where the Debian packages cannot be installed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiIngestIT {
    private static final String RTMP_PORT = System.getProperty("it.ingest.rtmp.port", "19350");
    private static final String HTTP_PORT = System.getProperty("it.ingest.http.port", "18088");
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @BeforeAll
    static void ingest() throws Exception {
        Process install = new ProcessBuilder("bash", ".ci/ingest.sh", "install").inheritIO().start();
        boolean installed = install.waitFor(10, TimeUnit.MINUTES) && install.exitValue() == 0;
        Assumptions.assumeTrue(installed, "nginx with libnginx-mod-rtmp and ffmpeg could not be installed from "
                + "Debian's packages here; the ingest IT needs them");
        Process start = new ProcessBuilder("bash", ".ci/ingest.sh", "start", Api.BASE + "ingest/rtmp", RTMP_PORT,
                HTTP_PORT).inheritIO().start();
        assertTrue(start.waitFor(1, TimeUnit.MINUTES) && start.exitValue() == 0, "the ingest did not start");
    }

    @AfterAll
    static void stop() throws Exception {
        new ProcessBuilder("bash", ".ci/ingest.sh", "stop").inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }

    /** ffmpeg publishing a test pattern with sound for {@code seconds}, in real time. */
    private static Process publish(String url, int seconds) throws Exception {
        return new ProcessBuilder(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc=size=320x240:rate=15", "-f", "lavfi", "-i", "sine=frequency=440",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "15", "-c:a", "aac",
                "-t", Integer.toString(seconds), "-f", "flv", url)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static HttpResponse<String> fetch(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private int status(User anchor, long liveId) {
        return live(hh, "api/live/knock-status", anchor, liveId).getInt("liveStatus");
    }

    @Test
    void aForgedStreamKeyIsRefusedAndTheLiveStaysUnstarted() throws Exception {
        User anchor = hh.signIn();
        JsonObject live = hh.call("api/live/create-live", anchor, Heihei.fields().add("title", "forged"))
                .getJsonObject("live");
        long liveId = live.getJsonNumber("liveId").longValueExact();
        String forged = live.getString("pushAddr").replaceFirst("key=[^&]*", "key=1999999999.forged");
        Process ffmpeg = publish(forged, 4);
        assertTrue(ffmpeg.waitFor(60, TimeUnit.SECONDS), "ffmpeg did not give up");
        assertFalse(ffmpeg.exitValue() == 0, "the ingest took a forged key");
        assertEquals(0, status(anchor, liveId), "a refused publish starts nothing");
        assertEquals(404, fetch(live.getString("hlsAddr")).statusCode(), "no playlist for a refused stream");
    }

    @Test
    void aPushWithTheAnchorsKeyStartsTheLiveIsServedAsHlsAndItsEndLetsTheHeartbeatRuleEndTheLive()
            throws Exception {
        User anchor = hh.signIn();
        JsonObject live = hh.call("api/live/create-live", anchor, Heihei.fields().add("title", "推流"))
                .getJsonObject("live");
        long liveId = live.getJsonNumber("liveId").longValueExact();
        assertTrue(live.getString("pushAddr").startsWith("rtmp://127.0.0.1:" + RTMP_PORT + "/"), live::toString);
        int next = hh.call("api/live/heart-beat", anchor, Heihei.fields().add("liveId", liveId).add("isCreator", 1))
                .getInt("nextTimeout");
        int seconds = 2 * next + 6; // longer than the heartbeat window: the stream alone keeps the live on
        Process ffmpeg = publish(live.getString("pushAddr"), seconds);
        try {
            Await.until(() -> status(anchor, liveId) == 1, Heihei.WAIT, () -> "publishing did not start the live");
            String hls = live.getString("hlsAddr");
            Await.until(() -> fetch(hls).statusCode() == 200, Duration.ofSeconds(30), () -> "no HLS playlist at " + hls);
            assertTrue(fetch(hls).body().startsWith("#EXTM3U"), "an HLS playlist");
            assertTrue(ffmpeg.waitFor(seconds + 30L, TimeUnit.SECONDS), "ffmpeg did not finish");
            assertEquals(0, ffmpeg.exitValue(), "the ingest cut the anchor's stream");
            assertEquals(1, status(anchor, liveId), "the stream kept the live on without heartbeats");
        } finally {
            ffmpeg.destroy();
        }
        Await.until(() -> status(anchor, liveId) == 2, Duration.ofSeconds(2L * next + 15),
                () -> "the live did not end once its stream was gone and its anchor silent");
        assertCode(0, live(hh, "api/live/get-live", anchor, liveId));
    }
}
