package org.coplaunchpad.standalone.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.junit.jupiter.api.Test;

/** The demo as people use it, in Chromium: reading the benefit panels in French and English, and being kept out. */
class DemoSiteBrowserIT extends BrowserSession {
    private static final List<String> FRENCH_HEADINGS = List.of("Potentiels pour l'institution",
            "Bénéfices des communautés de pratique pour l'institution",
            "Attitudes de développement personnel à développer pour les participants", "Bénéfices pour les participants");


    @Test
    void alice_reads_the_benefit_panels_in_french_switches_to_english_and_logs_out() throws Exception {
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, DemoData.CHILD_PAGE))
                .logInAs("alice", "alice");
        ViewPage page = new ViewPage(driver);

        assertEquals(DemoData.CHILD_PAGE, page.title());
        assertEquals("fr", page.language());
        assertEquals(FRENCH_HEADINGS, page.panelHeadings());
        page.screenshotTo(Path.of(System.getProperty("coplaunchpad.screenshot.dir", "target/screenshots"))
                .resolve("demo-page.png"));

        ViewPage english = page.switchLanguageTo("en");
        assertEquals("en", english.language());
        assertEquals(4, english.panelHeadings().size());
        assertTrue(english.panelHeadings().stream().noneMatch(FRENCH_HEADINGS::contains), english.panelHeadings().toString());
        english.switchLanguageTo("fr");

        assertTrue(page.logOut().isShown());
    }

    @Test
    void visitor_cannot_see_the_cdp_space() {
        LoginPage.open(driver, host.baseUri(), "/dashboard.action").logInAs("visitor", "visitor");

        assertEquals(List.of(), DashboardPage.open(driver, host.baseUri()).spaceNames());
        ViewPage refused = ViewPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
        assertTrue(refused.panelHeadings().isEmpty());
        assertEquals("Vous n'avez pas la permission de consulter cette page.", refused.notPermittedMessage());
    }
}
