package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.Csv;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.SeedRules;
import org.coplaunchpad.standalone.testing.Spaces;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.WebSudoSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18's institution overview over HTTP on the host, three communities in three states, set up as their
 * coach would on the dashboard: OVA answered without any decision (and a second checklist registered that nobody
 * answered), OVB « pas encore » with one overdue action and one due later, OVC launched. The overview shows each
 * one's open round, decision in force and its date (or « aucune »), open and overdue actions; the filter by decision
 * keeps only the matching rows; the CSV says what the page says, row by row, filtered alike.
 */
class OverviewDecisionsIT {
    private static final String OVERVIEW = "/plugins/servlet/cop-launchpad/overview";
    private static final List<String> FUNDAMENTALS = SeedRules.SECTIONS.get("fundamentals");

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static Browserless admin;

    @BeforeAll
    static void threeCommunitiesInThreeStates() {
        for (String key : List.of("OVA", "OVB", "OVC")) {
            Spaces.create(host.baseUri(), "admin", key, "Communauté " + key);
            for (SpacePermission permission : SpacePermission.values()) {
                host.site().spaces().grantToUser(key, permission, "coach");
            }
            for (String member : List.of("alice", "bruno", "chloe")) {
                host.site().spaces().grantToUser(key, SpacePermission.VIEW, member);
                host.site().spaces().grantToUser(key, SpacePermission.EDIT, member);
            }
        }
        Browserless coach = Ticking.member(host.baseUri(), "coach");

        pageWith("OVA", "ova-list");
        pageWith("OVA", "ova-empty");
        everyoneSays("OVA", "ova-list", List.of("alice"));

        pageWith("OVB", "ovb-list");
        everyoneSays("OVB", "ovb-list", List.of("alice"));
        assertEquals(302, decide(coach, "OVB", "ovb-list", "not-yet").statusCode(), "below the quorum: it follows");
        assertEquals(302, createAction(coach, "OVB", "ovb-list", "2020-01-15").statusCode());
        assertEquals(302, createAction(coach, "OVB", "ovb-list", "2099-06-30").statusCode());

        pageWith("OVC", "ovc-list");
        everyoneSays("OVC", "ovc-list", List.of("alice", "bruno", "chloe"));
        assertEquals(302, decide(coach, "OVC", "ovc-list", "launch").statusCode(), "every fundamental met: it follows");

        admin = WebSudoSessions.confirmed(host.baseUri(), "admin", OVERVIEW);
    }

    /** A page with a checklist of the fundamentals only. */
    private static void pageWith(String spaceKey, String checklist) {
        host.site().lifecycle().create(spaceKey, null, "Liste " + checklist,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>",
                "coach");
    }

    private static void everyoneSays(String spaceKey, String checklist, List<String> members) {
        for (String member : members) {
            Browserless session = Ticking.member(host.baseUri(), member);
            Ticking.OpenedPage page = Ticking.open(session, spaceKey, "Liste " + checklist);
            for (String item : FUNDAMENTALS) {
                HttpResponse<String> response = Ticking.answer(session, page, checklist, item, "yes", null);
                assertEquals(200, response.statusCode(), member + " " + item + ": " + response.body());
            }
        }
    }

    /** A decision on the open round (which closes it: round 2 opens). */
    private static HttpResponse<String> decide(Browserless coach, String spaceKey, String checklist, String decision) {
        return DashboardForms.post(coach, spaceKey, Map.of("action", "decide", "checklist", checklist,
                "decision", decision, "on", "open", "rationale", "", "conditions", ""));
    }

    private static HttpResponse<String> createAction(Browserless coach, String spaceKey, String checklist, String due) {
        return DashboardForms.post(coach, spaceKey, Map.of("action", "action-create", "checklist", checklist,
                "subject", "item:" + FUNDAMENTALS.get(0), "owner", "alice", "due", due,
                "description", "Désigner une animatrice"));
    }

    private static Document overview(String query) {
        HttpResponse<String> page = admin.get(OVERVIEW + query);
        assertEquals(200, page.statusCode(), page.body());
        return Jsoup.parse(page.body());
    }

    private static Element row(Document page, String spaceKey, String checklist) {
        Element row = page.selectFirst("tr[data-space-key=" + spaceKey + "][data-checklist=" + checklist + "]");
        assertNotNull(row, spaceKey + "/" + checklist + " in " + page.select("tr[data-space-key]").eachAttr("data-checklist"));
        return row;
    }

    private static String cell(Element row, String name) {
        return row.selectFirst(".cop-overview__" + name).text();
    }

    /** What a row of the page says, in the CSV's columns (see CsvExport.overview). */
    private static List<String> asCsv(Element row) {
        Element decidedAt = row.selectFirst(".cop-overview__decided-at time");
        return List.of(row.attr("data-space-key"), row.selectFirst("th a").text(), cell(row, "checklist"),
                cell(row, "respondents"), cell(row, "score").replaceAll("[\\s\u00a0]*%$", "").replace("\u2014", ""),
                cell(row, "suggestion"), cell(row, "activity"), cell(row, "round"), row.attr("data-decision"),
                cell(row, "decision"), decidedAt == null ? "" : decidedAt.attr("datetime"), cell(row, "open"),
                cell(row, "overdue"));
    }

    private static void csvMatchesThePage(String query) {
        Document page = overview(query);
        HttpResponse<String> csv = admin.get(OVERVIEW + query + (query.isEmpty() ? "?" : "&") + "format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        List<List<String>> records = Csv.parse(csv.body());
        List<List<String>> shown = new ArrayList<>();
        page.select("tbody tr[data-space-key]").forEach(row -> shown.add(asCsv(row)));

        assertEquals(shown, records.subList(1, records.size()), "the CSV of " + query + " row by row");
    }

    @Test
    void each_community_shows_its_round_its_decision_in_force_and_its_actions() {
        Document page = overview("");

        Element undecided = row(page, "OVA", "ova-list");
        assertEquals(List.of("1", "none", "0", "0"), List.of(undecided.attr("data-round"),
                undecided.attr("data-decision"), undecided.attr("data-open"), undecided.attr("data-overdue")));
        assertEquals("aucune", cell(undecided, "decision"));
        assertEquals("", cell(undecided, "decided-at"));
        assertEquals("1", cell(undecided, "respondents"));

        Element notYet = row(page, "OVB", "ovb-list");
        assertEquals(List.of("2", "not-yet", "2", "1"), List.of(notYet.attr("data-round"),
                notYet.attr("data-decision"), notYet.attr("data-open"), notYet.attr("data-overdue")),
                "deciding on the open round closed it; one action is past its due day");
        assertEquals("Pas encore", cell(notYet, "decision"));
        assertFalse(notYet.selectFirst(".cop-overview__decided-at time").attr("datetime").isEmpty());
        assertFalse(cell(notYet, "decided-at").isEmpty());
        assertNotNull(notYet.selectFirst(".cop-overview__overdue .aui-lozenge-error"), "overdue actions stand out");

        Element launched = row(page, "OVC", "ovc-list");
        assertEquals(List.of("2", "launch", "0", "0"), List.of(launched.attr("data-round"),
                launched.attr("data-decision"), launched.attr("data-open"), launched.attr("data-overdue")));
        assertEquals("Lancer", cell(launched, "decision"));

        assertEquals("Suggestion de l'application", page.select("thead th").get(5).text());
        assertEquals("Décision en vigueur", page.selectFirst("label[for=cop-overview-decision]").text());
    }

    @Test
    void a_registered_checklist_that_nobody_answered_is_listed_with_no_respondent() {
        Element empty = row(overview(""), "OVA", "ova-empty");

        assertEquals("0", cell(empty, "respondents"));
        assertEquals("1", empty.attr("data-round"));
        assertEquals("none", empty.attr("data-decision"));
        assertEquals("", cell(empty, "activity"));
    }

    @Test
    void the_filter_by_decision_keeps_only_the_checklists_with_that_decision_in_force() {
        List<String> notYet = overview("?decision=not-yet").select("tr[data-space-key]").eachAttr("data-checklist");
        List<String> launched = overview("?decision=launch").select("tr[data-space-key]").eachAttr("data-checklist");
        Document undecided = overview("?decision=none&sort=respondents&dir=desc");
        List<String> none = undecided.select("tr[data-space-key]").eachAttr("data-checklist");

        assertEquals(List.of("ovb-list"), notYet);
        assertEquals(List.of("ovc-list"), launched);
        assertTrue(none.containsAll(List.of("ova-list", "ova-empty")), none.toString());
        assertFalse(none.contains("ovb-list") || none.contains("ovc-list"), none.toString());
        assertEquals("none", undecided.selectFirst("#cop-overview-decision option[selected]").val());
        assertEquals("respondents", undecided.selectFirst(".cop-overview__filter input[name=sort]").val(),
                "the filter keeps the sort");
        assertTrue(undecided.selectFirst(".cop-overview__csv").attr("href").contains("decision=none"));
    }

    @Test
    void the_csv_says_what_the_page_says_row_by_row_filtered_or_not() {
        csvMatchesThePage("");
        csvMatchesThePage("?decision=not-yet");
        csvMatchesThePage("?decision=none&sort=respondents&dir=desc");
    }
}
