package org.coplaunchpad.standalone.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.coplaunchpad.standalone.site.HostConfig;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test needs: one standalone host with the demo data per test class (in a data folder of its
 * own), and a fresh Chromium per test. Chromium.start() skips the test when Chromium is absent, unless CI=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSession {
    protected StandaloneHost host;
    protected WebDriver driver;
    private Path data;

    @BeforeAll
    void startHost() throws IOException {
        data = Files.createTempDirectory("cop-launchpad-browser");
        host = StandaloneHost.start(hostConfig(data));
    }

    /** The host this class's tests run against: the real bundle, unless a class tests a broken copy of it. */
    protected HostConfig hostConfig(Path dataDirectory) {
        return TestHosts.config(dataDirectory);
    }

    /** Tests of what AUI does on the page need AUI (fetched by npm); required when CI=true. */
    protected void requireAui() {
        if (host.site().auiDirectory().isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("AUI is required when CI=true: the build fetches it with npm (standalone/src/build/fetch-aui.sh)");
        }
        Assumptions.assumeTrue(host.site().auiDirectory().isPresent(), "AUI not fetched (no npm?): skipping an AUI test");
    }

    /** Accessibility tests need axe-core (fetched by npm, src/build/fetch-axe.sh); required when CI=true. */
    protected void requireAxe() {
        if (AxeCore.script().isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("axe-core is required when CI=true: the build fetches it with npm (standalone/src/build/fetch-axe.sh)");
        }
        Assumptions.assumeTrue(AxeCore.script().isPresent(),
                "axe-core not fetched (no npm?): skipping an accessibility test (standalone/src/build/fetch-axe.sh)");
    }

    @AfterAll
    void stopHost() throws IOException {
        if (host != null) {
            host.close();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @BeforeEach
    void startBrowser() {
        driver = Chromium.start();
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
