package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18's action plan over HTTP on the host: after « pas encore », an item of the decided round that was not met
 * becomes an action with an owner (a username checked on the server) and a due day; the owner marks it done from the
 * page, anyone else who does not administer the space gets 403; reassigning, rescheduling, reopening and deleting
 * each leave a line in its history; an action past its due day stands out as overdue.
 */
class ActionPlanIT {
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard";
    private static final String ACTION = "/plugins/servlet/cop-launchpad/action";
    private static final List<String> FUNDAMENTALS = SeedRules.SECTIONS.get("fundamentals");

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    /** A checklist of the fundamentals that alice alone answered, and the coach's « pas encore » on its round 1. */
    private static Browserless notYetOn(String checklist) {
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, "Plan " + checklist,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>",
                "coach");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Ticking.OpenedPage page = Ticking.open(alice, DemoData.SPACE_KEY, "Plan " + checklist);
        assertEquals(200, Ticking.answer(alice, page, checklist, FUNDAMENTALS.get(0), "yes", null).statusCode());
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY, Map.of("action", "decide",
                "checklist", checklist, "decision", "not-yet", "on", "open", "rationale", "", "conditions", ""))
                .statusCode());
        return coach;
    }

    private static HttpResponse<String> create(Browserless coach, String checklist, String subject, String owner,
                                               String due) {
        return DashboardForms.post(coach, DemoData.SPACE_KEY, Map.of("action", "action-create", "checklist", checklist,
                "subject", subject, "owner", owner, "due", due, "description", "Proposer trois thèmes à la direction"));
    }

    private static HttpResponse<String> change(Browserless coach, String checklist, String operation, int id,
                                               Map<String, String> more) {
        Map<String, String> fields = new LinkedHashMap<>(more);
        fields.put("action", "action-" + operation);
        fields.put("checklist", checklist);
        fields.put("id", Integer.toString(id));
        return DashboardForms.post(coach, DemoData.SPACE_KEY, fields);
    }

    private static Element plan(Browserless coach, String checklist) {
        HttpResponse<String> page = coach.get(DASHBOARD + "?spaceKey=" + DemoData.SPACE_KEY);
        assertEquals(200, page.statusCode(), page.body());
        Element panel = Jsoup.parse(page.body()).selectFirst(".cop-dashboard__checklist[data-checklist=" + checklist + "]");
        assertNotNull(panel, checklist);
        return panel.selectFirst(".cop-dashboard__decisions");
    }

    private static int onlyActionId(Browserless coach, String checklist) {
        List<Element> actions = plan(coach, checklist).select(".cop-dashboard__action");
        assertEquals(1, actions.size(), "one action in the plan");
        return Integer.parseInt(actions.get(0).attr("data-action-id"));
    }

    /** The owner's "mark done" (or "reopen") as the decision macro's form on the page posts it. */
    private static HttpResponse<String> fromThePage(Browserless member, String checklist, String op, int id) {
        Ticking.OpenedPage page = Ticking.open(member, DemoData.SPACE_KEY, "Plan " + checklist);
        return member.postForm(ACTION, Map.of("spaceKey", DemoData.SPACE_KEY, "id", Integer.toString(id), "op", op,
                "pageId", Long.toString(page.pageId()), "atl_token", page.token()));
    }

    @Test
    void an_unmet_item_becomes_an_action_with_a_valid_owner_and_its_owner_marks_it_done() {
        Browserless coach = notYetOn("plan-done");
        String subject = "item:" + FUNDAMENTALS.get(0);
        assertTrue(plan(coach, "plan-done").select("select[name=subject] option").eachAttr("value").contains(subject),
                "the item alone answered is too few opinions: it may become an action");

        HttpResponse<String> created = create(coach, "plan-done", subject, "alice", "2099-06-30");
        int id = onlyActionId(coach, "plan-done");
        HttpResponse<String> byBruno = fromThePage(Ticking.member(host.baseUri(), "bruno"), "plan-done", "done", id);
        Element beforeDone = plan(coach, "plan-done").selectFirst(".cop-dashboard__action");
        HttpResponse<String> byAlice = fromThePage(Ticking.member(host.baseUri(), "alice"), "plan-done", "done", id);
        Element done = plan(coach, "plan-done").selectFirst(".cop-dashboard__action");

        assertEquals(302, created.statusCode(), created.body());
        assertEquals("open", beforeDone.attr("data-status"));
        assertEquals("Alice Martin", beforeDone.selectFirst(".cop-dashboard__action-owner").text());
        assertEquals("30 juin 2099", beforeDone.selectFirst(".cop-dashboard__action-due").text());
        assertEquals("false", beforeDone.attr("data-overdue"));
        assertEquals(403, byBruno.statusCode(), "neither owner nor space administrator: " + byBruno.body());
        assertEquals(302, byAlice.statusCode(), byAlice.body());
        assertTrue(byAlice.headers().firstValue("Location").orElseThrow().contains("/pages/viewpage.action?pageId="),
                "back to the page she marked it done on");
        assertEquals("done", done.attr("data-status"));
        assertTrue(done.selectFirst(".cop-dashboard__action-done").text().startsWith("Faite — marquée par Alice Martin le "),
                done.text());
    }

    @Test
    void an_unknown_username_or_an_owner_who_cannot_view_the_space_is_refused_and_nothing_is_saved() {
        Browserless coach = notYetOn("plan-refused");
        String subject = "item:" + FUNDAMENTALS.get(0);

        HttpResponse<String> unknown = create(coach, "plan-refused", subject, "personne", "2099-06-30");
        HttpResponse<String> visitor = create(coach, "plan-refused", subject, "visitor", "2099-06-30");
        HttpResponse<String> noDay = create(coach, "plan-refused", subject, "alice", "30/06/2099");

        assertEquals(400, unknown.statusCode());
        Element refused = Jsoup.parse(unknown.body())
                .selectFirst(".cop-dashboard__checklist[data-checklist=plan-refused] .cop-dashboard__decisions");
        assertEquals("« personne » n'est pas un nom d'utilisateur connu de Confluence : saisissez le nom d'utilisateur "
                + "du responsable. Rien n'a été enregistré.", refused.selectFirst(".cop-dashboard__plan-error").text());
        assertEquals("personne", refused.selectFirst(".cop-dashboard__action-create input[name=owner]").val(),
                "what was typed is shown again");
        assertEquals("2099-06-30", refused.selectFirst(".cop-dashboard__action-create input[name=due]").val());
        assertEquals(400, visitor.statusCode());
        assertTrue(Jsoup.parse(visitor.body()).selectFirst(".cop-dashboard__plan-error").text()
                .startsWith("visitor ne peut pas voir cet espace"), visitor.body());
        assertEquals(400, noDay.statusCode());
        assertTrue(plan(coach, "plan-refused").select(".cop-dashboard__action").isEmpty(), "nothing was saved");
    }

    @Test
    void reassigning_rescheduling_reopening_and_deleting_each_leave_a_history_line_and_a_past_due_day_is_overdue() {
        Browserless coach = notYetOn("plan-history");
        assertEquals(302, create(coach, "plan-history", "item:" + FUNDAMENTALS.get(0), "alice", "2099-06-30")
                .statusCode());
        int id = onlyActionId(coach, "plan-history");

        assertEquals(302, change(coach, "plan-history", "reassign", id, Map.of("owner", "bruno")).statusCode());
        assertEquals(302, change(coach, "plan-history", "reschedule", id, Map.of("due", "2026-01-15")).statusCode());
        Element overdue = plan(coach, "plan-history").selectFirst(".cop-dashboard__action");
        assertEquals(302, change(coach, "plan-history", "done", id, Map.of()).statusCode());
        assertEquals(302, change(coach, "plan-history", "reopen", id, Map.of()).statusCode());
        List<String> history = plan(coach, "plan-history").selectFirst(".cop-dashboard__action")
                .select(".cop-dashboard__action-history li").eachText();
        HttpResponse<String> deleted = change(coach, "plan-history", "delete", id, Map.of());
        HttpResponse<String> afterDeletion = change(coach, "plan-history", "done", id, Map.of());

        assertEquals("true", overdue.attr("data-overdue"), "15 January 2026 has passed");
        assertEquals("En retard", overdue.selectFirst(".cop-dashboard__overdue").text());
        assertEquals("Bruno Tremblay", overdue.selectFirst(".cop-dashboard__action-owner").text());
        assertEquals(5, history.size(), history.toString());
        assertTrue(history.get(0).startsWith("Créée par Camille Coach le "), history.get(0));
        assertTrue(history.get(0).endsWith(", responsable Alice Martin"), history.get(0));
        assertTrue(history.get(1).endsWith(" : Alice Martin → Bruno Tremblay"), history.get(1));
        assertTrue(history.get(2).endsWith(" : 30 juin 2099 → 15 janvier 2026"), history.get(2));
        assertTrue(history.get(3).startsWith("Marquée faite par Camille Coach le "), history.get(3));
        assertTrue(history.get(4).startsWith("Rouverte par Camille Coach le "), history.get(4));
        assertEquals(302, deleted.statusCode());
        assertTrue(plan(coach, "plan-history").select(".cop-dashboard__action").isEmpty(), "deleted from the plan");
        assertEquals(404, afterDeletion.statusCode(), "a deleted action takes no change");
    }
}
