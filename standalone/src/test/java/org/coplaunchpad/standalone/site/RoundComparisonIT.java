package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.pages.PageUpdateTrigger;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16's comparison on the host (its "Done when"): members answer a checklist over HTTP, the space administrator
 * closes round 1 from the dashboard, the page's editor adds a section, members answer round 2 and the administrator
 * closes it too. The dashboard then shows round 2 against round 1 item by item — better, worse, the same, and « non
 * posé alors » for the section round 1 did not ask — and the score over the rounds as a chart with a table.
 */
class RoundComparisonIT {
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard?spaceKey=" + DemoData.SPACE_KEY;
    private static final String TITLE = "Tours comparés";
    private static final String CHECKLIST = "tours";
    private static final List<String> MEMBERS = List.of("alice", "bruno", "chloe");

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static String macro(String sections) {
        return "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"checklist\">" + CHECKLIST + "</ac:parameter>"
                + "<ac:parameter ac:name=\"sections\">" + sections + "</ac:parameter></ac:structured-macro>";
    }

    private static void everyoneAnswers(Map<String, String> answers) {
        for (String member : MEMBERS) {
            Browserless session = Ticking.member(host.baseUri(), member);
            Ticking.OpenedPage page = Ticking.open(session, DemoData.SPACE_KEY, TITLE);
            answers.forEach((item, answer) -> {
                HttpResponse<String> response = Ticking.answer(session, page, CHECKLIST, item, answer, null);
                assertEquals(200, response.statusCode(), member + " " + item + ": " + response.body());
            });
        }
    }

    /** The space administrator presses « Clore ce tour »: a POST with the page's token. */
    private static void closeTheRound() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        HttpResponse<String> closed = DashboardForms.post(coach, DemoData.SPACE_KEY,
                Map.of("action", "close-round", "checklist", CHECKLIST));
        assertEquals(302, closed.statusCode(), closed.body());
    }

    /**
     * Round 1 asks the fundamental conditions only; round 2 the human resources too. Between the rounds the
     * facilitating environment falls from met to not met and the relevant purpose rises from not met to met.
     */
    @BeforeAll
    static void twoRoundsWithDifferentScopes() {
        Page page = host.site().lifecycle().create(DemoData.SPACE_KEY, null, TITLE, macro("fundamentals"), "coach");
        everyoneAnswers(Map.of("facilitating-environment", "yes", "relevant-purpose", "no",
                "satisfactory-integration", "yes"));
        closeTheRound();
        assertTrue(host.site().lifecycle().update(page.id(), page.version(), TITLE,
                macro("fundamentals,human-resources"), "coach", PageUpdateTrigger.EDIT_PAGE), "a section is added");
        everyoneAnswers(Map.of("facilitating-environment", "no", "relevant-purpose", "yes",
                "satisfactory-integration", "yes", "coach", "yes"));
        closeTheRound();
    }

    private static Element history(String query) {
        HttpResponse<String> dashboard = Ticking.member(host.baseUri(), "coach").get(DASHBOARD + query);
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        Element history = Jsoup.parse(dashboard.body()).selectFirst(
                "section.cop-dashboard__checklist[data-checklist=" + CHECKLIST + "] .cop-dashboard__round-history");
        assertNotNull(history, "the rounds' history on the dashboard");
        return history;
    }

    private static Element change(Element history, String item) {
        Element row = history.selectFirst(".cop-dashboard__comparison tr[data-item=" + item + "]");
        assertNotNull(row, item + " in the comparison");
        return row;
    }

    @Test
    void round_two_compared_with_round_one_is_better_worse_the_same_or_not_asked_then() {
        Element history = history("&checklist=" + CHECKLIST + "&view-round=2");

        assertEquals("true", history.attr("data-closed-viewed"));
        assertEquals("worse", change(history, "facilitating-environment").attr("data-change"));
        assertEquals("better", change(history, "relevant-purpose").attr("data-change"));
        assertEquals("same", change(history, "satisfactory-integration").attr("data-change"));
        Element coach = change(history, "coach");
        assertEquals("not-asked-then", coach.attr("data-change"), "the human resources were not asked in round 1");
        assertEquals("Non posé alors", coach.child(3).text(), "in the coach's language");
        assertEquals("Non posé", coach.child(1).text());
        assertEquals("Rempli", coach.child(2).text());
        assertEquals("Moins bien", change(history, "facilitating-environment").child(3).text());
        assertEquals("Mieux", change(history, "relevant-purpose").child(3).text());
        assertEquals("Pareil", change(history, "satisfactory-integration").child(3).text());
    }

    @Test
    void a_closed_round_shows_the_counts_and_states_it_froze() {
        Element history = history("&checklist=" + CHECKLIST + "&view-round=1");

        Element environment = history.selectFirst(".cop-dashboard__frozen-items tr[data-item=facilitating-environment]");
        assertEquals("met", environment.attr("data-state"), "as it was, although round 2 said no");
        assertEquals("3", environment.attr("data-yes"));
        assertEquals("0", environment.attr("data-no"));
        assertEquals(3, history.select(".cop-dashboard__frozen-items tbody tr").size(), "round 1's scope only");
        assertTrue(history.selectFirst(".cop-dashboard__no-comparison").text().contains("premier"),
                history.selectFirst(".cop-dashboard__no-comparison").text());
    }

    @Test
    void the_score_over_the_rounds_has_a_table_with_a_dash_for_the_round_without_a_score() {
        Element history = history("");

        assertEquals("false", history.attr("data-closed-viewed"), "the open round by default");
        assertEquals("3", history.attr("data-viewed-round"));
        List<Element> rows = history.select(".cop-dashboard__trend tbody tr");
        assertEquals(List.of("1", "2", "3"), rows.stream().map(row -> row.attr("data-round")).toList());
        assertEquals("—", rows.get(0).child(1).text(), "the fundamentals alone have no score");
        assertEquals("20 %", rows.get(1).child(1).text(), "one of the five human resources met");
        assertEquals("0 %", rows.get(2).child(1).text(), "round 3 is open and unanswered");
        assertEquals("true", rows.get(2).attr("data-open"));
        Element chart = history.selectFirst(".cop-dashboard__trend-chart svg[role=img]");
        assertNotNull(chart);
        assertTrue(chart.attr("aria-label").contains("Tour 2 : 20 %"), chart.attr("aria-label"));
    }
}
