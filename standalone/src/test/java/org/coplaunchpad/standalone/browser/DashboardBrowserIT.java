package org.coplaunchpad.standalone.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.Csv;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.SeedRules;
import org.coplaunchpad.standalone.testing.Ticking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 in Chromium: alice (in the browser), bruno, chloe and dora (over HTTP, as the page script does) answer
 * CDP's readiness checklist; coach opens the launch dashboard from Space tools and sees what the rules make
 * of those answers ({@link SeedRules}: each item's state, blocking items first, the five recommendations, the score
 * and the verdict with its reasons), the CSV he downloads says the same as the page, and axe-core finds no WCAG 2.1
 * AA violation on the dashboard.
 */
class DashboardBrowserIT extends BrowserSession {
    private static final String CHECKLIST = "readiness";
    private static final int ITEMS = 19;
    private static final String BRUNOS_REASON = "Aucun lien avec le plan de l'unité pour l'instant.";
    /**
     * Who answers what (member → item → answer), chosen so that the dashboard shows every state: met (4 yes; 3 yes and
     * 1 no; 2 yes, 1 partly and 1 no), a split gate (2 yes, 2 no), a split recommendation item, unknown (2 « I don't
     * know » for 1 opinion), too few (2 opinions under the quorum of 3), not met (3 partly is 50 %, not more), not
     * assessed (the rest).
     */
    private static final Map<String, Map<String, String>> ANSWERS = answers();

    private static Map<String, Map<String, String>> answers() {
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        answers.put("alice", answers("facilitating-environment=yes", "relevant-purpose=yes", "satisfactory-integration=yes",
                "strategic-focus=partly", "facilitator=yes", "coach=unknown", "documentalist=yes", "technical-support=yes",
                "groupware=yes", "legitimate-structure=no", "member-time-allocated=partly", "middle-managers-informed=yes"));
        answers.put("bruno", answers("facilitating-environment=yes", "relevant-purpose=yes", "satisfactory-integration=no",
                "strategic-focus=partly", "facilitator=yes", "coach=unknown", "documentalist=yes", "technical-support=no",
                "groupware=yes", "legitimate-structure=no", "member-time-allocated=partly",
                "middle-managers-informed=partly"));
        answers.put("chloe", answers("facilitating-environment=yes", "relevant-purpose=no", "satisfactory-integration=yes",
                "strategic-focus=no", "coach=yes", "documentalist=yes", "technical-support=yes", "groupware=partly",
                "legitimate-structure=yes", "member-time-allocated=partly", "middle-managers-informed=yes"));
        answers.put("dora", answers("facilitating-environment=yes", "relevant-purpose=yes", "satisfactory-integration=no",
                "technical-support=no", "groupware=no"));
        return answers;
    }

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] itemAndAnswer = pair.split("=");
            answers.put(itemAndAnswer[0], itemAndAnswer[1]);
        }
        return answers;
    }

    @BeforeAll
    void doraJoinsTheCommunity() {
        host.site().users().create(new User("dora", "Dora Durand", "dora@example.org", Locale.FRENCH, false), "dora");
        host.site().users().addToGroup("dora", "cdp-members");
    }

    /** Alice answers in the browser, the others over HTTP (bruno with a reason for his no); coach opens the dashboard. */
    private LaunchDashboardPage answeredAndOpenedByCoach() {
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).logInAs("alice", "alice");
        ChecklistPage alicePage = ChecklistPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, DemoData.CHILD_PAGE, CHECKLIST);
        ANSWERS.get("alice").forEach(alicePage::answer);
        alicePage.asViewPage().logOut();
        for (String member : List.of("bruno", "chloe", "dora")) {
            Browserless session = Ticking.member(host.baseUri(), member);
            Ticking.OpenedPage page = Ticking.open(session, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
            ANSWERS.get(member).forEach((item, answer) -> {
                String reason = member.equals("bruno") && item.equals("satisfactory-integration") ? BRUNOS_REASON : null;
                HttpResponse<String> given = Ticking.answer(session, page, CHECKLIST, item, answer, reason);
                assertEquals(200, given.statusCode(), member + " " + item + ": " + given.body());
            });
        }
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).logInAs("coach", "coach");
        return LaunchDashboardPage.openFromSpaceTools(driver, "Tableau de bord du lancement", CHECKLIST);
    }

    @Test
    void coach_sees_each_items_state_blocking_items_first_the_score_and_the_verdict_and_the_csv_matches_the_page()
            throws Exception {
        LaunchDashboardPage dashboard = answeredAndOpenedByCoach();
        int respondents = ANSWERS.size();
        SeedRules.Verdict expected = SeedRules.personal(respondents, SeedRules.counts(ANSWERS), List.of());

        assertEquals(respondents, dashboard.respondents());
        long complete = ANSWERS.values().stream().filter(given -> given.size() == ITEMS).count();
        assertTrue(dashboard.completeText().startsWith(complete + " "), dashboard.completeText());
        assertEquals(Integer.toString(SeedRules.QUORUM), dashboard.quorum(), "the default quorum");
        List<LaunchDashboardPage.ItemRow> rows = dashboard.items();
        assertEquals(expected.items().stream().map(SeedRules.Item::key).toList(),
                rows.stream().map(LaunchDashboardPage.ItemRow::item).toList(),
                "every item, blocking first: the split gate, the split item, unknown, too few, then catalog order");
        for (LaunchDashboardPage.ItemRow row : rows) {
            SeedRules.Item item = expected.item(row.item());
            assertEquals(item.state(), row.state(), row.item());
            assertEquals(item.met(), row.met(), row.item());
            assertEquals(item.blocking(), row.blocking(), row.item());
            assertEquals(item.gate(), row.gate(), row.item());
            assertEquals(List.of(item.counts().yes(), item.counts().partly(), item.counts().no(), item.counts().unknown(),
                    respondents - item.counts().given(), respondents),
                    List.of(row.yes(), row.partly(), row.no(), row.unknown(), row.notAnswered(), row.respondents()), row.item());
            assertEquals(item.agreementPercent().map(p -> p + "\u00a0%").orElse("\u2014"), row.agreementText(), row.item());
        }
        assertEquals(Set.of("met", "not-met", "split", "unknown", "too-few", "not-assessed"),
                rows.stream().map(LaunchDashboardPage.ItemRow::state).collect(Collectors.toSet()), "every state shows");
        assertEquals(List.of(BRUNOS_REASON), rows.get(0).reasons(), "the reason given, without its author");

        assertTrue(dashboard.hasScore());
        assertEquals(expected.score().orElseThrow(), dashboard.score());
        assertEquals(expected.recommendations().stream().map(r -> List.of(r.met() + " / " + r.total(),
                        Integer.toString(r.percent()))).toList(),
                dashboard.recommendations().stream().map(r -> List.of(r.status(), r.percent())).toList(),
                "the five recommendations, each its share of met items");
        assertEquals(expected.decision(), dashboard.decision());
        assertEquals(List.of("gate:satisfactory-integration", "score"), expected.reasons(), "what this test sets up");
        List<String> reasons = dashboard.reasons();
        assertEquals(expected.reasons().size(), reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains(rows.get(0).stateText()), reasons.get(0) + " says the gate's state");
        assertTrue(reasons.get(1).contains(expected.score().orElseThrow() + " %")
                && reasons.get(1).contains(SeedRules.READINESS + " %"), reasons.get(1));
        dashboard.screenshotTo(Path.of(System.getProperty("coplaunchpad.screenshot.dir", "target/screenshots"))
                .resolve("dashboard.png"));

        List<List<String>> readiness = csvOf(dashboard);
        assertEquals(rows.stream().map(LaunchDashboardPage.ItemRow::item).toList(),
                readiness.stream().map(r -> r.get(3)).toList(), "same items, same order (blocking first)");
        for (int i = 0; i < rows.size(); i++) {
            LaunchDashboardPage.ItemRow row = rows.get(i);
            List<String> record = readiness.get(i);
            assertEquals(List.of(DemoData.SPACE_KEY, CHECKLIST, "personal"), record.subList(0, 3), row.item());
            assertEquals(Boolean.toString(row.gate()), record.get(6), row.item() + ": fundamental");
            assertEquals(List.of(row.yes(), row.partly(), row.no(), row.unknown(), row.respondents()).stream()
                    .map(String::valueOf).toList(), record.subList(7, 12), row.item() + ": yes, partly, no, unknown, respondents");
            assertEquals(row.agreementText().replace("\u00a0%", "").replace("\u2014", ""), record.get(12), row.item());
            assertEquals(row.state(), record.get(13), row.item() + ": state");
            assertEquals(row.stateText(), record.get(14), row.item());
            assertEquals(List.of("", ""), record.subList(15, 17), row.item() + ": no team answer in personal mode");
            assertEquals(Integer.toString(dashboard.score()), record.get(17));
            assertEquals(dashboard.decision(), record.get(18));
            assertTrue(dashboard.decisionText().endsWith(record.get(19)), dashboard.decisionText() + " / " + record.get(19));
        }
        String splitGateLabel = readiness.get(0).get(5);
        assertTrue(reasons.get(0).contains("« " + splitGateLabel + " »"), reasons.get(0) + " names " + splitGateLabel);
    }

    @Test
    void axe_core_finds_no_wcag_21_aa_violation_on_the_dashboard() {
        requireAxe();
        // Whatever the other test did first: every state, a reason, a score-less verdict, one that cannot decide.
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, "Accessibilité", checklist("acces", "fundamentals")
                + checklist("acces-recommandations", "legitimacy,time-and-recognition"), "coach");
        Map<String, List<String>> fundamentals = Map.of("facilitating-environment", List.of("yes", "yes", "yes", "yes"),
                "relevant-purpose", List.of("yes", "yes", "no", "no"),
                "satisfactory-integration", List.of("partly", "partly", "partly", "partly"));
        Map<String, List<String>> recommendations = Map.of("legitimate-structure", List.of("unknown", "unknown", "yes"),
                "member-time-allocated", List.of("yes", "yes"), "participation-recognised", List.of("yes", "yes", "yes"));
        List<String> members = List.of("alice", "bruno", "chloe", "dora");
        for (int i = 0; i < members.size(); i++) {
            Browserless session = Ticking.member(host.baseUri(), members.get(i));
            Ticking.OpenedPage page = Ticking.open(session, DemoData.SPACE_KEY, "Accessibilité");
            for (Map.Entry<String, List<String>> item : fundamentals.entrySet()) {
                assertEquals(200, Ticking.answer(session, page, "acces", item.getKey(), item.getValue().get(i),
                        i == 0 ? "Pas encore tout à fait." : null).statusCode());
            }
            for (Map.Entry<String, List<String>> item : recommendations.entrySet()) {
                if (i < item.getValue().size()) {
                    assertEquals(200, Ticking.answer(session, page, "acces-recommandations", item.getKey(),
                            item.getValue().get(i), null).statusCode());
                }
            }
        }
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Ticking.OpenedPage team = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.TEAM_PAGE);
        assertEquals(200, Ticking.answer(alice, team, "equipe", "member-time-allocated", "partly", "À mi-temps.").statusCode());
        twoClosedRoundsWithDifferentScopes("acces-tours");
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).logInAs("coach", "coach");
        LaunchDashboardPage dashboard = LaunchDashboardPage.openFromSpaceTools(driver, "Tableau de bord du lancement", "acces");

        assertTrue(dashboard.statesShown().containsAll(Set.of("met", "not-met", "split", "unknown", "too-few",
                "not-assessed")), "every state's lozenge is checked: " + dashboard.statesShown());
        assertTrue(dashboard.decisionsShown().containsAll(Set.of("not-yet", "cannot-decide")),
                "a verdict with reasons and one that cannot decide: " + dashboard.decisionsShown());

        List<AxeCore.Violation> violations = dashboard.accessibilityViolations();
        assertTrue(violations.isEmpty(), AxeCore.report(violations));
        // A closed round chosen in the selector: its frozen items, its comparison with round 1, the trend.
        LaunchDashboardPage rounds = dashboard.showRound("acces-tours", 2);
        assertEquals(2, rounds.closedRoundsInTrend());
        assertTrue(rounds.changesShown().containsAll(Set.of("better", "worse", "not-asked-then")),
                "the comparison's changes: " + rounds.changesShown());
        violations = rounds.accessibilityViolations();
        assertTrue(violations.isEmpty(), "with two closed rounds, round 2 shown: " + AxeCore.report(violations));

        dashboard = rounds;
        dashboard.insertUnlabelledField();
        assertTrue(dashboard.accessibilityViolations().stream().anyMatch(violation -> violation.id().equals("label")),
                "the check is not vacuous: it finds a field without a label on the dashboard");
    }

    /**
     * A page of its own with checklist {@code name}: three members answer round 1 (the fundamental conditions), the
     * space administrator closes it over HTTP, the page adds the legitimacy section, the members answer round 2
     * (one item better, one worse, one not asked then) and it is closed too.
     */
    private void twoClosedRoundsWithDifferentScopes(String name) {
        String title = "Tours " + name;
        org.coplaunchpad.standalone.data.Page page = host.site().lifecycle().create(DemoData.SPACE_KEY, null, title,
                checklist(name, "fundamentals"), "coach");
        answerAll(title, name, Map.of("facilitating-environment", "yes", "relevant-purpose", "no"));
        closeRound(name);
        assertTrue(host.site().lifecycle().update(page.id(), page.version(), title,
                checklist(name, "fundamentals,legitimacy"), "coach",
                com.atlassian.confluence.pages.PageUpdateTrigger.EDIT_PAGE));
        answerAll(title, name, Map.of("facilitating-environment", "no", "relevant-purpose", "yes",
                "legitimate-structure", "yes"));
        closeRound(name);
    }

    private void answerAll(String title, String name, Map<String, String> answers) {
        for (String member : List.of("alice", "bruno", "chloe")) {
            Browserless session = Ticking.member(host.baseUri(), member);
            Ticking.OpenedPage page = Ticking.open(session, DemoData.SPACE_KEY, title);
            answers.forEach((item, answer) ->
                    assertEquals(200, Ticking.answer(session, page, name, item, answer, null).statusCode()));
        }
    }

    private void closeRound(String name) {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        HttpResponse<String> closed = DashboardForms.post(coach, DemoData.SPACE_KEY,
                Map.of("action", "close-round", "checklist", name));
        assertEquals(302, closed.statusCode(), closed.body());
    }

    private static String checklist(String name, String sections) {
        return "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"checklist\">" + name + "</ac:parameter>"
                + "<ac:parameter ac:name=\"sections\">" + sections + "</ac:parameter></ac:structured-macro>";
    }

    /** The CSV coach downloads with his session: this checklist's records, header left out. */
    private static List<List<String>> csvOf(LaunchDashboardPage dashboard) throws Exception {
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(dashboard.csvUrl()))
                .header("Cookie", "JSESSIONID=" + dashboard.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
        List<List<String>> records = Csv.parse(text);
        assertEquals(List.of("mode", "item", "section", "fundamental", "yes", "partly", "no", "unknown", "respondents",
                        "agreement", "state", "team answer", "decision"),
                List.of(2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 15, 18).stream().map(records.get(0)::get).toList(),
                "the machine-named columns where this test reads them: " + records.get(0));
        assertEquals(20, records.get(0).size(), records.get(0).toString());
        return records.subList(1, records.size()).stream().filter(r -> r.get(1).equals(CHECKLIST)).toList();
    }
}
