package org.coplaunchpad.standalone.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.Ticking;
import org.junit.jupiter.api.Test;

/** Issue 4 in Chromium: members tick the readiness checklist on the demo pages, as people will. */
class ChecklistBrowserIT extends BrowserSession {
    private static final String PERSONAL = "readiness";
    private static final String SHARED = "equipe";

    private ChecklistPage logInAndOpen(String user, String title, String checklist) {
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, title)).logInAs(user, user);
        return ChecklistPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, title, checklist);
    }

    @Test
    void alice_ticks_three_items_they_stay_ticked_and_bruno_sees_one_member_agreeing_on_each() throws Exception {
        List<String> items = List.of("facilitator", "coach", "groupware");
        ChecklistPage alicePage = logInAndOpen("alice", DemoData.CHILD_PAGE, PERSONAL);
        items.forEach(alicePage::tick);

        ChecklistPage reloaded = alicePage.reload();
        for (String item : items) {
            assertTrue(reloaded.isTicked(item), item + " stays ticked");
        }
        assertFalse(reloaded.isTicked("documentalist"));
        reloaded.screenshotTo(Path.of(System.getProperty("coplaunchpad.screenshot.dir", "target/screenshots"))
                .resolve("checklist.png"));
        reloaded.asViewPage().logOut();

        ChecklistPage brunoPage = logInAndOpen("bruno", DemoData.CHILD_PAGE, PERSONAL);
        for (String item : items) {
            assertFalse(brunoPage.isTicked(item), "bruno's own answer is his: " + item);
            List<Integer> agreement = brunoPage.agreement(item);
            assertEquals(1, agreement.get(0), item + ": members agreeing, in " + agreement);
            assertTrue(agreement.get(1) >= 1, item + ": members who answered, in " + agreement);
        }
    }

    @Test
    void in_shared_mode_bruno_sees_who_ticked_an_item_and_when() {
        Instant before = Instant.now().minusSeconds(1);
        ChecklistPage alicePage = logInAndOpen("alice", DemoData.TEAM_PAGE, SHARED);
        assertEquals("shared", alicePage.mode());
        alicePage.tick("legitimate-structure");
        alicePage.asViewPage().logOut();

        ChecklistPage brunoPage = logInAndOpen("bruno", DemoData.TEAM_PAGE, SHARED);

        assertTrue(brunoPage.isTicked("legitimate-structure"), "one answer for the whole team");
        ChecklistPage.SharedStatus status = brunoPage.sharedStatus("legitimate-structure");
        assertTrue(status.text().startsWith("Coché par Alice Martin"), status.text());
        Instant at = Instant.parse(status.datetime().orElseThrow(() -> new AssertionError("no <time datetime>")));
        assertTrue(!at.isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                && at.isBefore(Instant.now().plus(Duration.ofSeconds(1))), at.toString());
    }

    @Test
    void visitor_can_neither_see_nor_tick_the_checklist() {
        LoginPage.open(driver, host.baseUri(), "/dashboard.action").logInAs("visitor", "visitor");
        ViewPage refused = ViewPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
        assertEquals("Vous n'avez pas la permission de consulter cette page.", refused.notPermittedMessage());

        Browserless visitor = Ticking.member(host.baseUri(), "visitor");
        long pageId = host.site().pages().find(DemoData.SPACE_KEY, DemoData.CHILD_PAGE).orElseThrow().id();
        String token = Browserless.metaToken(visitor.get("/dashboard.action").body());
        HttpResponse<String> post = visitor.postForm(Ticking.ANSWERS,
                new Ticking.OpenedPage(DemoData.SPACE_KEY, pageId, token).form(PERSONAL, "coach", true));

        assertEquals(404, post.statusCode(), post.body());
    }

    @Test
    void a_refused_tick_is_rolled_back_with_an_aui_flag_and_scripts_find_the_context_path() {
        requireAui();
        ChecklistPage page = logInAndOpen("chloe", DemoData.CHILD_PAGE, PERSONAL);
        assertEquals("/confluence", page.contextPathSeenByScripts());
        assertEquals("function", page.typeOfAjsFlag(), "checklist-resources declares aui-flag");

        page.spoilXsrfToken();
        page.tick("strategic-focus");

        assertFalse(page.alertIsOpen(), "a flag, not an alert()");
        assertFalse(page.isTicked("strategic-focus"));
        assertTrue(page.errorFlag().contains("XSRF"), "the server's reason is shown");
    }
}
