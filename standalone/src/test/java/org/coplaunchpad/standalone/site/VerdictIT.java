package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.Csv;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.SeedRules;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14's verdict on the host (its "Done when"): members answer over HTTP checklists whose pages show some
 * sections only, and the launch dashboard (its markup contract) and its CSV say what the rules
 * ({@link SeedRules}) make of the answers: the gates-only verdict of the fundamentals with the quorum, blocking items
 * first, each item's state in the CSV, and "cannot decide" when the fundamentals are not asked. Each checklist has a
 * page of its own in the demo space.
 */
class VerdictIT {
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard?spaceKey=" + DemoData.SPACE_KEY;
    private static final List<String> FUNDAMENTALS = SeedRules.SECTIONS.get("fundamentals");

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    /** A fourth member, so that two of four can say yes and two no. */
    @BeforeAll
    static void doraJoinsTheCommunity() {
        host.site().users().create(new User("dora", "Dora Durand", "dora@example.org", Locale.FRENCH, false), "dora");
        host.site().users().addToGroup("dora", "cdp-members");
    }

    /** A page carrying a personal checklist of that name showing {@code sections} (empty: every section). */
    private static void pageWith(String checklist, String sections) {
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, "Verdict " + checklist,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>"
                        + (sections.isEmpty() ? "" : "<ac:parameter ac:name=\"sections\">" + sections + "</ac:parameter>")
                        + "</ac:structured-macro>",
                "coach");
    }

    /** Each member opens the checklist's page and gives these answers (member → item → answer). */
    private static void answer(String checklist, Map<String, Map<String, String>> answers) {
        answers.forEach((member, given) -> {
            Browserless session = Ticking.member(host.baseUri(), member);
            Ticking.OpenedPage page = Ticking.open(session, DemoData.SPACE_KEY, "Verdict " + checklist);
            given.forEach((item, answer) -> {
                HttpResponse<String> response = Ticking.answer(session, page, checklist, item, answer, null);
                assertEquals(200, response.statusCode(), member + " " + item + ": " + response.body());
            });
        });
    }

    /** Every member saying the same to each item. */
    private static Map<String, Map<String, String>> everyone(List<String> members, List<String> items, String answer) {
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        for (String member : members) {
            Map<String, String> given = new LinkedHashMap<>();
            items.forEach(item -> given.put(item, answer));
            answers.put(member, given);
        }
        return answers;
    }

    /** The checklist's panel on the space administrator's dashboard. */
    private static Element panel(String checklist) {
        HttpResponse<String> dashboard = Ticking.member(host.baseUri(), "admin").get(DASHBOARD);
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        Element panel = Jsoup.parse(dashboard.body())
                .selectFirst("section.cop-dashboard__checklist[data-checklist=" + checklist + "]");
        assertNotNull(panel, checklist + " on the dashboard");
        return panel;
    }

    private static List<Element> rows(Element panel) {
        return panel.select(".cop-dashboard__items tbody tr[data-item]");
    }

    private static List<String> attribute(List<Element> rows, String name) {
        return rows.stream().map(row -> row.attr(name)).toList();
    }

    private static List<String> reasons(Element panel) {
        return panel.select(".cop-dashboard__reasons li").eachText();
    }

    /** The page's items against the rules: order, state, met, blocking, gate. */
    private static void assertItemsFollowTheRules(SeedRules.Verdict expected, Element panel) {
        List<Element> rows = rows(panel);
        assertEquals(expected.items().stream().map(SeedRules.Item::key).toList(), attribute(rows, "data-item"));
        assertEquals(expected.items().stream().map(SeedRules.Item::state).toList(), attribute(rows, "data-state"));
        assertEquals(expected.items().stream().map(item -> Boolean.toString(item.met())).toList(),
                attribute(rows, "data-met"));
        assertEquals(expected.items().stream().map(item -> Boolean.toString(item.blocking())).toList(),
                attribute(rows, "data-blocking"));
        assertEquals(expected.items().stream().map(item -> Boolean.toString(item.gate())).toList(),
                attribute(rows, "data-gate"));
    }

    @Test
    void three_members_who_meet_the_three_fundamentals_make_a_gates_only_checklist_ready_without_a_score() {
        pageWith("v-fondamentaux", "fundamentals");
        Map<String, Map<String, String>> answers = everyone(List.of("alice", "bruno", "chloe"), FUNDAMENTALS, "yes");
        answer("v-fondamentaux", answers);

        Element panel = panel("v-fondamentaux");

        SeedRules.Verdict expected = SeedRules.personal(3, SeedRules.counts(answers), List.of("fundamentals"));
        assertEquals("ready", expected.decision());
        assertEquals("ready", panel.attr("data-decision"));
        assertEquals("3", panel.selectFirst(".cop-dashboard__respondents").attr("data-respondents"));
        Element score = panel.selectFirst("figure.cop-dashboard__score");
        assertEquals("false", score.attr("data-has-score"), "no recommendation is asked: no score");
        assertTrue(score.select("svg").isEmpty(), "no score ring");
        assertTrue(!score.text().contains("%"), "no percentage: " + score.text());
        assertTrue(panel.select(".cop-dashboard__recommendations").isEmpty(), "no recommendation to show");
        assertEquals(List.of(), reasons(panel), "nothing holds a ready checklist back");
        assertItemsFollowTheRules(expected, panel);
        assertTrue(panel.selectFirst(".cop-dashboard__complete").text().startsWith("3 "),
                "all three answered every item: " + panel.selectFirst(".cop-dashboard__complete").text());
        List<List<String>> csv = csv("v-fondamentaux");
        assertTrue(csv.stream().allMatch(record -> record.get(17).isEmpty()), "no score in the CSV either");
        assertTrue(csv.stream().allMatch(record -> record.get(18).equals("ready")));
    }

    @Test
    void with_two_members_the_same_answers_are_not_yet_for_the_quorum() {
        pageWith("v-deux", "fundamentals");
        Map<String, Map<String, String>> answers = everyone(List.of("alice", "bruno"), FUNDAMENTALS, "yes");
        answer("v-deux", answers);

        Element panel = panel("v-deux");

        SeedRules.Verdict expected = SeedRules.personal(2, SeedRules.counts(answers), List.of("fundamentals"));
        assertEquals("not-yet", panel.attr("data-decision"));
        assertEquals("false", panel.selectFirst("figure.cop-dashboard__score").attr("data-has-score"));
        assertItemsFollowTheRules(expected, panel);
        assertEquals(List.of("too-few", "too-few", "too-few"), attribute(rows(panel), "data-state"),
                "two opinions are fewer than the quorum of 3");
        List<String> reasons = reasons(panel);
        assertEquals(expected.reasons().size(), reasons.size(), "each gate, then the quorum: " + reasons);
        assertEquals("quorum", expected.reasons().get(expected.reasons().size() - 1));
        String quorum = reasons.get(reasons.size() - 1);
        assertTrue(quorum.startsWith("2 ") && quorum.contains("quorum") && quorum.contains(" 3"), quorum);
    }

    @Test
    void when_members_split_on_a_fundamental_the_blocking_items_come_first_the_split_gate_before_them_all() {
        pageWith("v-partage", "");
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        answers.put("alice", Map.of("facilitating-environment", "yes", "relevant-purpose", "yes",
                "satisfactory-integration", "yes", "technical-support", "yes", "coach", "yes", "groupware", "unknown"));
        answers.put("bruno", Map.of("facilitating-environment", "yes", "relevant-purpose", "yes",
                "satisfactory-integration", "yes", "technical-support", "no", "groupware", "unknown"));
        answers.put("chloe", Map.of("facilitating-environment", "yes", "relevant-purpose", "no",
                "satisfactory-integration", "yes", "technical-support", "yes"));
        answers.put("dora", Map.of("facilitating-environment", "yes", "relevant-purpose", "no", "technical-support", "no"));
        answer("v-partage", answers);

        Element panel = panel("v-partage");

        SeedRules.Verdict expected = SeedRules.personal(4, SeedRules.counts(answers), List.of());
        assertItemsFollowTheRules(expected, panel);
        List<Element> rows = rows(panel);
        assertEquals(List.of("relevant-purpose", "technical-support", "groupware", "coach"),
                attribute(rows.subList(0, 4), "data-item"), "the split gate, then split, unknown, too few");
        assertEquals(List.of("split", "split", "unknown", "too-few"), attribute(rows.subList(0, 4), "data-state"));
        assertEquals(List.of("true", "true", "true", "true"), attribute(rows.subList(0, 4), "data-blocking"));
        assertEquals("true", rows.get(0).attr("data-gate"));
        assertTrue(attribute(rows.subList(4, rows.size()), "data-blocking").stream().allMatch("false"::equals),
                "nothing blocks after them");
        assertEquals("not-yet", panel.attr("data-decision"));
        assertEquals(expected.reasons().size(), reasons(panel).size(), "the split gate and the score: " + reasons(panel));
    }

    @Test
    void the_csv_carries_each_items_state_as_the_dashboard_shows_it() {
        pageWith("v-csv", "fundamentals,legitimacy,middle-managers");
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        answers.put("alice", Map.of("facilitating-environment", "yes", "relevant-purpose", "partly",
                "satisfactory-integration", "unknown", "legitimate-structure", "no", "middle-managers-informed", "yes"));
        answers.put("bruno", Map.of("facilitating-environment", "yes", "relevant-purpose", "partly",
                "satisfactory-integration", "unknown", "legitimate-structure", "no"));
        answers.put("chloe", Map.of("facilitating-environment", "no", "relevant-purpose", "partly",
                "legitimate-structure", "yes"));
        answer("v-csv", answers);

        Element panel = panel("v-csv");
        List<List<String>> csv = csv("v-csv");

        List<Element> rows = rows(panel);
        SeedRules.Verdict expected = SeedRules.personal(3, SeedRules.counts(answers),
                List.of("fundamentals", "legitimacy", "middle-managers"));
        assertItemsFollowTheRules(expected, panel);
        assertEquals(attribute(rows, "data-item"), csv.stream().map(record -> record.get(3)).toList(), "same order");
        assertEquals(attribute(rows, "data-state"), csv.stream().map(record -> record.get(13)).toList(), "the state");
        assertEquals(rows.stream().map(row -> row.selectFirst(".cop-state").text()).toList(),
                csv.stream().map(record -> record.get(14)).toList(), "the state's label");
        assertTrue(csv.stream().allMatch(record -> record.get(18).equals(panel.attr("data-decision"))));
        assertTrue(csv.stream().allMatch(record -> record.get(17).equals(panel.attr("data-score"))));
    }

    @Test
    void a_checklist_whose_pages_ask_only_a_recommendation_cannot_decide() {
        pageWith("v-legitimite", "legitimacy");
        Map<String, Map<String, String>> answers = everyone(List.of("alice", "bruno", "chloe"),
                List.of("legitimate-structure"), "yes");
        answer("v-legitimite", answers);

        Element panel = panel("v-legitimite");

        SeedRules.Verdict expected = SeedRules.personal(3, SeedRules.counts(answers), List.of("legitimacy"));
        assertEquals("cannot-decide", expected.decision());
        assertEquals("cannot-decide", panel.attr("data-decision"));
        assertItemsFollowTheRules(expected, panel);
        assertEquals(Integer.toString(expected.score().orElseThrow()), panel.attr("data-score"), "its share is met");
        assertEquals("true", panel.selectFirst("figure.cop-dashboard__score").attr("data-has-score"));
        assertEquals(1, reasons(panel).size(), "the fundamentals are not asked: " + reasons(panel));
    }

    /** This checklist's records of the space's CSV, as the space administrator downloads it. */
    private static List<List<String>> csv(String checklist) {
        HttpResponse<String> csv = Ticking.member(host.baseUri(), "admin").get(DASHBOARD + "&format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        List<List<String>> records = Csv.parse(csv.body());
        assertEquals("state", records.get(0).get(13), records.get(0).toString());
        List<List<String>> rows = records.subList(1, records.size()).stream()
                .filter(record -> record.get(1).equals(checklist)).toList();
        assertTrue(!rows.isEmpty(), checklist + " in the CSV");
        return rows;
    }
}
