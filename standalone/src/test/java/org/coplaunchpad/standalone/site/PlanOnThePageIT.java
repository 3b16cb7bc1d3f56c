package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.SeedRules;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18's plan on the page, over HTTP on the host: below the checklist, the decision macro shows the plan the
 * « pas encore » started — each action's owner by name, its due day, its status, the overdue one marked — to every
 * member; the owner alone (or a space administrator) gets the form that marks their action done, and posting it as
 * the page's script would (the page's atl_token, the servlet below the context path) brings them back to the plan on
 * that page, where it now shows done, with the form to reopen it.
 */
class PlanOnThePageIT {
    private static final String TITLE = "Plan sur la page";
    private static final String CHECKLIST = "plan-page";
    private static final List<String> FUNDAMENTALS = SeedRules.SECTIONS.get("fundamentals");

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static HttpResponse<String> onTheDashboard(Browserless coach, Map<String, String> fields) {
        return DashboardForms.post(coach, DemoData.SPACE_KEY, fields);
    }

    /** The page, alice's one answer, the coach's « pas encore » and two actions: alice's (overdue) and bruno's. */
    @BeforeAll
    static void notYetWithTwoActions() {
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, TITLE,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + CHECKLIST + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"cop-launch-decision\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + CHECKLIST + "</ac:parameter></ac:structured-macro>",
                "coach");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        assertEquals(200, Ticking.answer(alice, Ticking.open(alice, DemoData.SPACE_KEY, TITLE), CHECKLIST,
                FUNDAMENTALS.get(0), "no", null).statusCode());
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        assertEquals(302, onTheDashboard(coach, Map.of("action", "decide", "checklist", CHECKLIST, "decision", "not-yet",
                "on", "open", "rationale", "Trop tôt.", "conditions", "")).statusCode());
        assertEquals(302, onTheDashboard(coach, Map.of("action", "action-create", "checklist", CHECKLIST, "subject",
                "item:" + FUNDAMENTALS.get(0), "owner", "alice", "due", "2026-01-15",
                "description", "Rencontrer la direction")).statusCode());
        assertEquals(302, onTheDashboard(coach, Map.of("action", "action-create", "checklist", CHECKLIST, "subject",
                "item:" + FUNDAMENTALS.get(1), "owner", "bruno", "due", "2099-06-30", "description", "")).statusCode());
    }

    private static Document page(Browserless member) {
        HttpResponse<String> page = member.get(Browserless.display(DemoData.SPACE_KEY, TITLE));
        assertEquals(200, page.statusCode(), page.body());
        return Jsoup.parse(page.body());
    }

    private static List<Element> actions(Document page) {
        Element plan = page.selectFirst("#main-content .cop-decision .cop-decision__plan#cop-plan-" + CHECKLIST);
        assertNotNull(plan, page.body().html());
        return plan.select("li.cop-decision__action");
    }

    /** The form as the page's script sends it: its fields as rendered, the page's token, to the servlet's address. */
    private static HttpResponse<String> submit(Browserless member, Document page, Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input").forEach(input -> fields.put(input.attr("name"), input.val()));
        fields.put("atl_token", page.selectFirst("meta[name=atlassian-token]").attr("content"));
        return member.postForm(form.attr("data-servlet"), fields);
    }

    @Test
    void every_member_sees_the_plan_the_owner_marks_their_action_done_from_the_page_and_comes_back_to_it() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Browserless chloe = Ticking.member(host.baseUri(), "chloe");

        List<Element> seenByChloe = actions(page(chloe));
        Document alicesPage = page(alice);
        List<Element> seenByAlice = actions(alicesPage);
        Element form = seenByAlice.get(0).selectFirst("form.cop-decision__action-form");
        HttpResponse<String> done = submit(alice, alicesPage, form);
        List<Element> afterwards = actions(page(alice));

        assertEquals(2, seenByChloe.size());
        assertEquals("Alice Martin", seenByChloe.get(0).selectFirst(".cop-decision__action-owner").text(),
                "owners' names are not personal answers: every member sees them");
        assertEquals("Bruno Tremblay", seenByChloe.get(1).selectFirst(".cop-decision__action-owner").text());
        assertEquals("Rencontrer la direction", seenByChloe.get(0).selectFirst(".cop-decision__action-description")
                .text());
        assertEquals("true", seenByChloe.get(0).attr("data-overdue"), "15 January 2026 has passed");
        assertEquals("Overdue", seenByChloe.get(0).selectFirst(".cop-decision__overdue").text(), "chloe reads English");
        assertEquals("June 30, 2099", seenByChloe.get(1).selectFirst(".cop-decision__action-due").text());
        assertTrue(seenByChloe.get(0).select("form").isEmpty() && seenByChloe.get(1).select("form").isEmpty(),
                "chloe owns nothing and does not administer the space");
        assertNotNull(form, "alice owns the first action");
        assertNull(seenByAlice.get(1).selectFirst("form"), "bruno's action is not hers to mark done");
        assertEquals(302, done.statusCode(), done.body());
        String location = done.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/pages/viewpage.action?pageId=" + form.selectFirst("input[name=pageId]").val()
                + "#cop-plan-" + CHECKLIST), location);
        assertEquals("done", afterwards.get(0).attr("data-status"));
        assertEquals("false", afterwards.get(0).attr("data-overdue"), "done: no longer overdue");
        assertTrue(afterwards.get(0).selectFirst(".cop-decision__action-done").text()
                .startsWith("Faite — marquée par Alice Martin le "), afterwards.get(0).text());
        assertEquals("reopen", afterwards.get(0).selectFirst("form input[name=op]").val(), "she may reopen it");
    }

    @Test
    void a_member_who_posts_the_form_of_an_action_that_is_not_theirs_gets_403_and_nothing_changes() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Document page = page(alice);
        String brunosId = actions(page).get(1).attr("data-action-id");
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("spaceKey", DemoData.SPACE_KEY);
        forged.put("id", brunosId);
        forged.put("op", "done");
        forged.put("atl_token", page.selectFirst("meta[name=atlassian-token]").attr("content"));

        HttpResponse<String> refused = alice.postForm("/plugins/servlet/cop-launchpad/action", forged);

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("open", actions(page(alice)).get(1).attr("data-status"));
    }
}
