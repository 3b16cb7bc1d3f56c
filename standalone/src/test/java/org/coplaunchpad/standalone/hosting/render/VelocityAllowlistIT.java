package org.coplaunchpad.standalone.hosting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.BundleCopies;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's TemplateRenderer enforces the app's {@code <velocity-allowlist>} as Confluence 9+ does: with one
 * getter taken out of the descriptor, the template that calls it fails and the page shows the macro error.
 */
class VelocityAllowlistIT {
    private static final String ENTRY = "<method>org.coplaunchpad.benefits.BenefitItemView#getLabel()</method>";

    @TempDir
    Path temp;

    @Test
    void a_template_calling_a_method_that_is_not_allowlisted_fails_to_render() {
        Path jar = BundleCopies.withEntry(TestHosts.pluginJar(), "atlassian-plugin.xml", descriptor -> {
            if (!descriptor.contains(ENTRY)) {
                throw new AssertionError("the descriptor no longer allowlists BenefitItemView#getLabel()");
            }
            return descriptor.replace(ENTRY, "");
        }, temp.resolve("narrow-allowlist.jar"));

        try (StandaloneHost host = StandaloneHost.start(TestHosts.config(temp.resolve("data")).withPluginJar(jar))) {
            Document page = Jsoup.parse(new Browserless(host.baseUri()).basic("alice", "alice")
                    .get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).body());

            assertEquals(0, page.select(".cop-benefits__label").size());
            assertEquals(4, page.select("#main-content .aui-message-error").size());
            assertTrue(page.select("#main-content .aui-message-error").first().text().contains("getLabel"),
                    page.select("#main-content .aui-message-error").first().text());
        }
    }
}
