package org.coplaunchpad.standalone.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.hosting.osgi.InstalledApp;
import org.coplaunchpad.standalone.site.SiteContext;
import org.coplaunchpad.standalone.data.Database;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One standalone host with the demo data for a whole test class, in a data folder of its own, stopped and removed
 * afterwards. Register it as {@code @RegisterExtension static final HostPerClass host = new HostPerClass();} and
 * use it like the host itself ({@code host.baseUri()}, {@code host.site()}, …).
 */
public final class HostPerClass implements BeforeAllCallback, AfterAllCallback {
    private StandaloneHost host;
    private Path data;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("cop-launchpad-it");
        host = TestHosts.start(data);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (host != null) {
            host.close();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    public StandaloneHost get() {
        return host;
    }

    public URI baseUri() {
        return host.baseUri();
    }

    public int port() {
        return host.port();
    }

    public Database database() {
        return host.database();
    }

    public InstalledApp app() {
        return host.app();
    }

    public SiteContext site() {
        return host.site();
    }
}
