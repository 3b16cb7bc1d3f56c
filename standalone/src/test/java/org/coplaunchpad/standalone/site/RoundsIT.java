package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Assessment rounds over HTTP on the host, as a space administrator and members use them: closing a round from the
 * dashboard freezes its figures while members answer the next one afresh; thresholds changed afterwards do not
 * change the frozen round; a deadline in the past refuses answers with a message in the member's language, and
 * removing it accepts them again.
 */
class RoundsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static Ticking.OpenedPage pageWith(String checklist, Browserless member) {
        String title = "Tours " + checklist;
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, title,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"reveal\">always</ac:parameter></ac:structured-macro>", "coach");
        return Ticking.open(member, DemoData.SPACE_KEY, title);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Element panel(Browserless coach, String checklist) {
        HttpResponse<String> page = coach.get(DASHBOARD + "?spaceKey=" + DemoData.SPACE_KEY);
        assertEquals(200, page.statusCode(), page.body());
        Element panel = Jsoup.parse(page.body()).selectFirst(".cop-dashboard__checklist[data-checklist=" + checklist + "]");
        assertNotNull(panel, checklist);
        return panel;
    }

    @Test
    void a_closed_round_keeps_its_figures_while_members_answer_the_next_one_and_thresholds_change() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        Map<String, Ticking.OpenedPage> pages = new LinkedHashMap<>();
        for (String member : List.of("alice", "bruno", "chloe")) {
            Browserless session = Ticking.member(host.baseUri(), member);
            Ticking.OpenedPage page = member.equals("alice") ? pageWith("rounds-frozen", session)
                    : Ticking.open(session, DemoData.SPACE_KEY, "Tours rounds-frozen");
            assertEquals(200, Ticking.answer(session, page, "rounds-frozen", "coach", "yes", null).statusCode());
        }
        String before = panel(coach, "rounds-frozen").selectFirst(".cop-dashboard__score-text").text();

        HttpResponse<String> closed = DashboardForms.post(coach, DemoData.SPACE_KEY,
                Map.of("action", "close-round", "checklist", "rounds-frozen"));
        assertEquals(302, closed.statusCode(), closed.body());
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        JsonNode afresh = json(Ticking.answer(alice, Ticking.open(alice, DemoData.SPACE_KEY, "Tours rounds-frozen"),
                "rounds-frozen", "coach", "no", null));
        Element alicesView = Jsoup.parse(alice.get(Browserless.display(DemoData.SPACE_KEY, "Tours rounds-frozen")).body())
                .selectFirst(".cop-checklist");
        assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY,
                Map.of("majority", "10", "readiness", "5", "quorum", "1")).statusCode());
        org.coplaunchpad.standalone.data.Page page = host.site().pages().find(DemoData.SPACE_KEY, "Tours rounds-frozen")
                .orElseThrow();
        assertTrue(host.site().lifecycle().update(page.id(), page.version(), page.title(), page.body().replace(
                "</ac:structured-macro>", "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>"),
                "coach", com.atlassian.confluence.pages.PageUpdateTrigger.EDIT_PAGE), "the sections change afterwards");
        Element panel = panel(coach, "rounds-frozen");

        assertTrue(closed.headers().firstValue("Location").orElseThrow().contains("closed-2"));
        assertEquals("2", panel.selectFirst(".cop-dashboard__rounds").attr("data-round"), "round 2 is open");
        assertEquals(1, afresh.get("respondents").asInt(), "round 2 started unanswered: only alice's new answer");
        assertEquals(0, afresh.get("counts").get("yes").asInt());
        Element first = panel.selectFirst(".cop-dashboard__closed-rounds tr[data-round=1]");
        assertNotNull(first, panel.text());
        assertEquals("3", first.select("td").get(1).text(), "round 1's respondents, frozen");
        assertTrue(before.contains(first.select("td").get(2).text().replace(" %", "")), before + " / " + first.text());
        assertEquals("not-yet", first.attr("data-decision"), "the verdict frozen under the thresholds of round 1");
        assertEquals("Au tour précédent, vous avez répondu : Oui",
                alicesView.selectFirst("[data-hint-for=coach]").text(), "last round's answer as a hint");
        assertEquals("no", alicesView.selectFirst("input[data-item=coach][value=no]").hasAttr("checked") ? "no" : "?",
                "the page shows the answer she just gave in round 2, not the hint");
    }

    @Test
    void a_deadline_in_the_past_refuses_answers_in_the_members_language_and_moving_or_removing_it_accepts_them() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Browserless chloe = Ticking.member(host.baseUri(), "chloe");
        Ticking.OpenedPage alicesPage = pageWith("rounds-deadline", alice);
        Ticking.OpenedPage chloesPage = Ticking.open(chloe, DemoData.SPACE_KEY, "Tours rounds-deadline");

        assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY, Map.of("action", "deadline",
                "checklist", "rounds-deadline", "deadline", "2026-01-15", "zone", "Europe/Paris")).statusCode());
        HttpResponse<String> french = Ticking.answer(alice, alicesPage, "rounds-deadline", "coach", "yes", null);
        HttpResponse<String> english = Ticking.answer(chloe, chloesPage, "rounds-deadline", "coach", "yes", null);
        String shown = panel(coach, "rounds-deadline").selectFirst(".cop-dashboard__deadline-text").text();
        assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY, Map.of("action", "deadline",
                "checklist", "rounds-deadline", "deadline", "2099-12-31", "zone", "Europe/Paris")).statusCode());
        HttpResponse<String> moved = Ticking.answer(alice, alicesPage, "rounds-deadline", "coach", "yes", null);
        assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY, Map.of("action", "deadline",
                "checklist", "rounds-deadline", "deadline", "")).statusCode());
        HttpResponse<String> accepted = Ticking.answer(alice, alicesPage, "rounds-deadline", "coach", "no", null);

        assertEquals(409, french.statusCode(), french.body());
        assertTrue(json(french).get("message").asText().startsWith("Les réponses de ce tour sont closes depuis le"),
                french.body());
        assertTrue(json(french).get("message").asText().contains("(Europe/Paris)"), french.body());
        assertTrue(json(french).get("message").asText().contains("23:59"), "the end of the chosen day: " + french.body());
        assertEquals(409, english.statusCode());
        assertTrue(json(english).get("message").asText().startsWith("This round's answers closed on"), english.body());
        assertTrue(shown.contains("(Europe/Paris)"), shown);
        assertEquals(200, moved.statusCode(), "the deadline moved later: accepted again: " + moved.body());
        assertEquals(200, accepted.statusCode(), "no deadline at all: " + accepted.body());
    }
}
