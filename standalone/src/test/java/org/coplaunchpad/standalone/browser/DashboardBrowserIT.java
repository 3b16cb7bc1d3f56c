package org.coplaunchpad.standalone.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.Ticking;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 in Chromium: alice (in the browser), bruno and chloe (over HTTP, as the page script does) tick CDP's
 * readiness checklist; coach opens the launch dashboard from Space tools and sees the figures that follow from those
 * ticks by the rules, and the CSV he downloads says the same as the page.
 */
class DashboardBrowserIT extends BrowserSession {
    private static final String CHECKLIST = "readiness";
    /** The readiness checklist's items (the seed's 19 conditions) and its fundamental ones. */
    private static final int ITEMS = 19;
    private static final Set<String> FUNDAMENTALS = Set.of("facilitating-environment", "relevant-purpose",
            "satisfactory-integration");
    private static final Map<String, List<String>> TICKS = Map.of(
            "alice", List.of("facilitating-environment", "relevant-purpose", "facilitator", "coach", "groupware"),
            "bruno", List.of("facilitating-environment", "relevant-purpose", "facilitator"),
            "chloe", List.of("facilitating-environment", "coach", "strategic-focus"));


    /** How many of the members ticked the item. */
    private static int agree(String item) {
        return (int) TICKS.values().stream().filter(items -> items.contains(item)).count();
    }

    /** Issue 5's rules: met above a 50 % majority; agreed above two thirds, not yet below a third, split between. */
    private static boolean met(int agree, int respondents) {
        return agree * 100 > 50 * respondents;
    }

    private static String consensus(int agree, int respondents) {
        if (agree * 3 > 2 * respondents) {
            return "agreed";
        }
        return agree * 3 < respondents ? "not-yet" : "split";
    }

    @Test
    void coach_sees_respondents_score_disagreements_and_decision_and_the_csv_matches_the_page() throws Exception {
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).logInAs("alice", "alice");
        ChecklistPage alicePage = ChecklistPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, DemoData.CHILD_PAGE, CHECKLIST);
        TICKS.get("alice").forEach(alicePage::tick);
        alicePage.asViewPage().logOut();
        for (String member : List.of("bruno", "chloe")) {
            Browserless session = Ticking.member(host.baseUri(), member);
            Ticking.OpenedPage page = Ticking.open(session, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
            for (String item : TICKS.get(member)) {
                HttpResponse<String> tick = Ticking.tick(session, page, CHECKLIST, item, true);
                assertEquals(200, tick.statusCode(), member + " " + item + ": " + tick.body());
            }
        }

        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).logInAs("coach", "coach");
        LaunchDashboardPage dashboard = LaunchDashboardPage.openFromSpaceTools(driver, "Tableau de bord du lancement", CHECKLIST);

        int respondents = TICKS.size();
        assertEquals(respondents, dashboard.respondents());
        List<LaunchDashboardPage.ItemRow> rows = dashboard.items();
        assertEquals(ITEMS, rows.size());
        for (LaunchDashboardPage.ItemRow row : rows) {
            int agree = agree(row.item());
            assertEquals(agree, row.agree(), row.item());
            assertEquals(respondents, row.respondents(), row.item());
            assertEquals(met(agree, respondents), row.met(), row.item());
            assertEquals(consensus(agree, respondents), row.consensus(), row.item());
        }
        long met = rows.stream().filter(LaunchDashboardPage.ItemRow::met).count();
        assertEquals(4, met, "facilitating-environment, relevant-purpose, facilitator and coach");
        assertEquals((int) (met * 100 / ITEMS), dashboard.score());
        // Items ticked by one or two of the three members divide them: they come first ("mixed first").
        List<String> split = rows.stream().filter(r -> r.consensus().equals("split")).map(LaunchDashboardPage.ItemRow::item).toList();
        assertFalse(split.isEmpty(), "some items are ticked by only some of the members");
        assertEquals(split, rows.subList(0, split.size()).stream().map(LaunchDashboardPage.ItemRow::item).toList(),
                "split items first");
        assertTrue(FUNDAMENTALS.stream().anyMatch(item -> !met(agree(item), respondents)), "a fundamental is missing");
        assertEquals("not-yet", dashboard.decision());
        dashboard.screenshotTo(Path.of(System.getProperty("coplaunchpad.screenshot.dir", "target/screenshots"))
                .resolve("dashboard.png"));

        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(dashboard.csvUrl()))
                .header("Cookie", "JSESSIONID=" + dashboard.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
        List<List<String>> records = parseCsv(text.substring(1));
        List<List<String>> readiness = records.subList(1, records.size()).stream()
                .filter(r -> r.get(1).equals(CHECKLIST)).toList();
        assertEquals(rows.stream().map(LaunchDashboardPage.ItemRow::item).toList(),
                readiness.stream().map(r -> r.get(3)).toList(), "same items, same order (mixed first)");
        for (int i = 0; i < rows.size(); i++) {
            LaunchDashboardPage.ItemRow row = rows.get(i);
            List<String> record = readiness.get(i);
            assertEquals(DemoData.SPACE_KEY, record.get(0));
            assertEquals(Integer.toString(row.agree()), record.get(7), row.item() + ": yes");
            assertEquals("0", record.get(9), row.item() + ": nobody answered no");
            assertEquals(Integer.toString(row.respondents()), record.get(11), row.item());
            assertEquals(row.shareText().replaceAll("[^0-9]", ""), record.get(12), row.item());
            assertEquals(row.statusText(), record.get(13), row.item());
            assertEquals(row.consensusText(), record.get(14), row.item());
            assertEquals(Integer.toString(dashboard.score()), record.get(17));
            assertTrue(dashboard.decisionText().endsWith(record.get(18)), dashboard.decisionText() + " / " + record.get(18));
        }
    }

    /** RFC 4180: commas, quoted cells with doubled quotes, CRLF rows. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString().replaceAll("\r$", ""));
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records.stream().map(r -> r.stream().collect(Collectors.toList())).toList();
    }
}
