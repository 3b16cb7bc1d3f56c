package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.WebSudoSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Candid answers over HTTP on the host: blind answering (reveal=after-answer, the default) shows a member the
 * others' answers to an item only once they answered it, on the page and in the JSON; a confidential checklist
 * never shows who answered what, anywhere an administrator looks, and keeps its answers confidential after an
 * editor removes the parameter.
 */
class CandidAnswersIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard?spaceKey=" + DemoData.SPACE_KEY;
    private static final String OVERVIEW = "/plugins/servlet/cop-launchpad/overview";
    /** A date or a time as any page or CSV of the app writes one (ISO, or « 2 déc. 2026 », or « 12:00 »). */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\b20\\d\\d\\b|\\d{1,2}:\\d{2}");

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static String macro(String checklist, String extra) {
        return "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>" + extra + "</ac:structured-macro>";
    }

    private static String confidential() {
        return "<ac:parameter ac:name=\"confidential\">true</ac:parameter>";
    }

    private static Page pageWith(String title, String body) {
        return host.site().lifecycle().create(DemoData.SPACE_KEY, null, title, body, "coach");
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Element checklistOn(Browserless member, String title) {
        HttpResponse<String> page = member.get(Browserless.display(DemoData.SPACE_KEY, title));
        assertEquals(200, page.statusCode());
        return Jsoup.parse(page.body()).selectFirst(".cop-checklist");
    }

    private static String status(Element checklist, String item) {
        String name = checklist.selectFirst("input[data-item=" + item + "]").attr("name");
        return checklist.getElementById(name + "-status").text();
    }

    private static Element panel(Browserless admin, String checklist) {
        Element panel = Jsoup.parse(admin.get(DASHBOARD).body())
                .selectFirst(".cop-dashboard__checklist[data-checklist=" + checklist + "]");
        assertNotNull(panel, checklist + " on the dashboard");
        return panel;
    }

    /**
     * Every way a demo member could be named: full names, and usernames (which are the host's user keys) as whole
     * words. "coach" is left out of the usernames: it is also an item key and a word of the catalog (« Un coach est
     * désigné »); Camille Coach's full name is checked instead.
     */
    private static List<String> namesIn(String text) {
        List<String> found = new ArrayList<>();
        for (DemoData.DemoUser user : DemoData.USERS) {
            if (text.contains(user.fullName())) {
                found.add(user.fullName());
            }
            if (!user.username().equals("coach")
                    && Pattern.compile("\\b" + Pattern.quote(user.username()) + "\\b").matcher(text).find()) {
                found.add(user.username());
            }
        }
        return found;
    }

    @Test
    void after_answer_a_member_sees_the_others_answers_to_an_item_only_once_they_answered_it() {
        pageWith("Liste aveugle", macro("candid-blind", ""));
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Browserless bruno = Ticking.member(host.baseUri(), "bruno");
        Ticking.OpenedPage alicesPage = Ticking.open(alice, DemoData.SPACE_KEY, "Liste aveugle");
        Ticking.OpenedPage brunosPage = Ticking.open(bruno, DemoData.SPACE_KEY, "Liste aveugle");
        ok(Ticking.answer(alice, alicesPage, "candid-blind", "coach", "yes", "Camille est désignée."));

        Element before = checklistOn(bruno, "Liste aveugle");
        JsonNode cleared = ok(Ticking.answer(bruno, brunosPage, "candid-blind", "coach", "none", null));
        JsonNode answered = ok(Ticking.answer(bruno, brunosPage, "candid-blind", "coach", "no", null));
        Element after = checklistOn(bruno, "Liste aveugle");

        assertEquals("Répondez à cet élément pour voir comment les autres y ont répondu.", status(before, "coach"));
        assertFalse(before.text().contains("Camille est désignée."), "nobody sees another's reason on the page");
        assertTrue(cleared.get("counts").isNull(), "no figures in the JSON before answering: " + cleared);
        assertFalse(cleared.get("status").asText().contains("oui"), cleared.toString());
        assertEquals(1, answered.get("counts").get("yes").asInt(), answered.toString());
        assertEquals(1, answered.get("counts").get("no").asInt());
        assertTrue(status(after, "coach").startsWith("1 oui"), status(after, "coach"));
        assertFalse(after.text().contains("Camille est désignée."));
    }

    @Test
    void a_confidential_checklist_names_nobody_anywhere_shows_no_figures_below_three_opinions_and_no_dates()
            throws Exception {
        pageWith("Liste confidentielle", macro("candid-secret", confidential()));
        List<String> members = List.of("alice", "bruno", "chloe");
        for (int i = 0; i < members.size(); i++) {
            Browserless member = Ticking.member(host.baseUri(), members.get(i));
            Ticking.OpenedPage page = Ticking.open(member, DemoData.SPACE_KEY, "Liste confidentielle");
            ok(Ticking.answer(member, page, "candid-secret", "coach", "yes", "Raison numéro " + (i + 1) + "."));
        }
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Browserless bruno = Ticking.member(host.baseUri(), "bruno");
        JsonNode two = ok(Ticking.answer(alice, Ticking.open(alice, DemoData.SPACE_KEY, "Liste confidentielle"),
                "candid-secret", "groupware", "yes", "Un seul outil."));
        ok(Ticking.answer(bruno, Ticking.open(bruno, DemoData.SPACE_KEY, "Liste confidentielle"),
                "candid-secret", "groupware", "no", null));
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", OVERVIEW);

        Element checklist = checklistOn(alice, "Liste confidentielle");
        Element dashboard = panel(admin, "candid-secret");
        String csv = admin.get(DASHBOARD + "&format=csv").body();
        String reasons = admin.get(DASHBOARD + "&format=csv&part=reasons").body();
        String overviewRow = Jsoup.parse(admin.get(OVERVIEW).body())
                .select("tr[data-checklist=candid-secret]").outerHtml();

        assertEquals(List.of(), namesIn(checklist.outerHtml()), "the checklist");
        assertEquals(List.of(), namesIn(dashboard.outerHtml()), "the dashboard");
        assertEquals(List.of(), namesIn(overviewRow), "the overview");
        List<String> csvLines = csv.lines().filter(line -> line.contains("candid-secret")).toList();
        assertFalse(csvLines.isEmpty());
        assertEquals(List.of(), namesIn(String.join("\n", csvLines)), "the CSV");
        List<String> reasonLines = reasons.lines().filter(line -> line.startsWith("candid-secret,")).toList();
        assertEquals(3, reasonLines.size(), "coach's three reasons; not groupware's: two opinions: " + reasons);
        assertTrue(reasonLines.stream().allMatch(line -> line.endsWith(",,")), "no member, no date: " + reasonLines);
        assertTrue(reasonLines.stream().noneMatch(line -> line.contains("Un seul outil.")));

        assertTrue(two.get("counts").isNull(), "two opinions: no figures in the JSON either: " + two);
        assertEquals("moins de 3 réponses", status(checklist, "groupware"));
        Element groupware = dashboard.selectFirst("tr[data-item=groupware]");
        assertEquals("false", groupware.attr("data-figures"));
        assertFalse(groupware.hasAttr("data-yes"), "no count in the markup");
        assertTrue(groupware.text().contains("moins de 3 réponses"), groupware.text());
        assertEquals("true", dashboard.selectFirst("tr[data-item=coach]").attr("data-figures"), "three opinions");
        assertFalse(DATE.matcher(dashboard.text()).find(), "no date on the dashboard panel: " + dashboard.text());
        assertTrue(dashboard.select(".cop-dashboard__activity, .cop-dashboard__timeline-table").isEmpty());
        assertFalse(DATE.matcher(Jsoup.parse(overviewRow).text()).find(), "no last answer date: " + overviewRow);
    }

    @Test
    void removing_confidential_from_the_page_later_does_not_reveal_the_earlier_answers() {
        Page page = pageWith("Liste qui change", macro("candid-sticky", confidential()));
        for (String username : List.of("alice", "bruno")) {
            Browserless member = Ticking.member(host.baseUri(), username);
            ok(Ticking.answer(member, Ticking.open(member, DemoData.SPACE_KEY, "Liste qui change"), "candid-sticky",
                    "coach", "no", "Pas encore."));
        }

        assertTrue(host.site().lifecycle().update(page.id(), page.version(), page.title(), macro("candid-sticky", ""),
                "coach", PageUpdateTrigger.EDIT_PAGE), "the editor removes confidential");
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", OVERVIEW);
        Element dashboard = panel(admin, "candid-sticky");
        String reasons = admin.get(DASHBOARD + "&format=csv&part=reasons").body();

        assertEquals("false", dashboard.selectFirst("tr[data-item=coach]").attr("data-figures"),
                "two confidential answers stay below the three opinions figures need");
        assertTrue(dashboard.text().contains("ne la disent plus confidentielle"), dashboard.text());
        assertEquals(List.of(), namesIn(dashboard.outerHtml()));
        assertTrue(reasons.lines().noneMatch(line -> line.startsWith("candid-sticky,")),
                "their reasons are not listed, and never with a name: " + reasons);
        assertEquals("moins de 3 réponses",
                status(checklistOn(Ticking.member(host.baseUri(), "alice"), "Liste qui change"), "coach"),
                "alice answered: without confidentiality she would see « 0 oui · 0 en partie · 2 non … »");
    }

    @Test
    void confidential_with_shared_mode_is_an_inline_error_naming_both_parameters() {
        pageWith("Liste partagée confidentielle", macro("candid-shared",
                confidential() + "<ac:parameter ac:name=\"mode\">shared</ac:parameter>"));

        String page = Ticking.member(host.baseUri(), "alice")
                .get(Browserless.display(DemoData.SPACE_KEY, "Liste partagée confidentielle")).body();
        Element error = Jsoup.parse(page).selectFirst(".cop-macro-error");

        assertNotNull(error, "an inline error instead of the checklist");
        assertTrue(error.text().contains("confidential=true") && error.text().contains("mode=shared"), error.text());
    }
}
