package com.switchboard.it;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Debian's headless Chromium for the browser ITs, installed first if missing (.ci/chromium.sh). */
public final class Browsers {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browsers() {
    }

    public static void ensureChromium() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            Process install = new ProcessBuilder("bash", ".ci/chromium.sh").inheritIO().start();
            assertTrue(install.waitFor(10, TimeUnit.MINUTES) && install.exitValue() == 0, "installing Chromium failed");
        }
    }

    /** A headless browser with its own profile; {@code extra} arguments add to the usual ones. */
    public static ChromeDriver headless(String... extra) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("switchboard-chromium"));
        options.addArguments(List.of(extra));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }
}
