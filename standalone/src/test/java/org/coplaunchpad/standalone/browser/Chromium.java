package org.coplaunchpad.standalone.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium + chromedriver, headless (stack.md §6), with explicit paths so that Selenium Manager never
 * goes to the network. Required when CI=true; elsewhere a machine without them skips the browser tests.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static WebDriver start() {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Browser tests are required when CI=true: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "chromium or chromedriver missing (/usr/bin): skipping the browser tests"
                + " (apt-get install chromium chromium-driver; required when CI=true)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--disable-extensions", "--window-size=1280,1400",
                    "--lang=fr-FR", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .build(), options);
    }
}
