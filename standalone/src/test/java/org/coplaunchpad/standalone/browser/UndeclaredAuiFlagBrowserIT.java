package org.coplaunchpad.standalone.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.coplaunchpad.standalone.site.HostConfig;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.BundleCopies;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.junit.jupiter.api.Test;

/**
 * The same refusal with a copy of the bundle whose checklist web resource forgets the aui-flag dependency: the
 * host serves AJS.flag only to declared dependencies, as Confluence does, so the script falls back to alert().
 * This is what the aui-flag line in atlassian-plugin.xml prevents.
 */
class UndeclaredAuiFlagBrowserIT extends BrowserSession {
    private static final String AUI_FLAG = "<dependency>com.atlassian.auiplugin:aui-flag</dependency>";

    @Override
    protected HostConfig hostConfig(Path dataDirectory) {
        Path copy = BundleCopies.withEntry(TestHosts.pluginJar(), "atlassian-plugin.xml", xml -> {
            if (!xml.contains(AUI_FLAG)) {
                throw new AssertionError("the real descriptor declares " + AUI_FLAG);
            }
            return xml.replace(AUI_FLAG, "");
        }, dataDirectory.resolve("without-aui-flag.jar"));
        return TestHosts.config(dataDirectory).withPluginJar(copy);
    }

    @Test
    void without_the_aui_flag_dependency_a_refused_answer_shows_an_alert_and_no_aui_flag() {
        requireAui();
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, DemoData.CHILD_PAGE))
                .logInAs("chloe", "chloe");
        ChecklistPage page = ChecklistPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, DemoData.CHILD_PAGE,
                "readiness");
        assertEquals("undefined", page.typeOfAjsFlag());

        page.spoilXsrfToken();
        String alert = page.answerAndReadAlert("strategic-focus", "yes");

        assertTrue(alert.contains("XSRF"), alert);
        assertEquals("none", page.answerOf("strategic-focus"), "rolled back");
        assertFalse(page.hasFlag(), "no .aui-flag without the dependency");
    }
}
