package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.SeedRules;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.WebSudoSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17's decision record over HTTP on the host, as the space administrator records it on the dashboard: each of
 * the four decisions, on the open round (which closes it) or on the last closed one, kept with its round's frozen
 * figures and listed newest first with the space's threshold changes; a decision that differs from the suggestion,
 * or abandons, without a rationale is refused with a message and stores nothing; a member may not decide.
 */
class DecisionIT {
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard";
    private static final List<String> FUNDAMENTALS = SeedRules.SECTIONS.get("fundamentals");

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    /** A page with a checklist of the fundamentals only: three members saying yes to each make it ready. */
    private static void pageWith(String checklist) {
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, "Décision " + checklist,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>",
                "coach");
    }

    private static void everyoneSays(String checklist, List<String> members, String answer) {
        for (String member : members) {
            Browserless session = Ticking.member(host.baseUri(), member);
            Ticking.OpenedPage page = Ticking.open(session, DemoData.SPACE_KEY, "Décision " + checklist);
            for (String item : FUNDAMENTALS) {
                HttpResponse<String> response = Ticking.answer(session, page, checklist, item, answer, null);
                assertEquals(200, response.statusCode(), member + " " + item + ": " + response.body());
            }
        }
    }

    private static Element panel(Browserless coach, String checklist) {
        HttpResponse<String> page = coach.get(DASHBOARD + "?spaceKey=" + DemoData.SPACE_KEY);
        assertEquals(200, page.statusCode(), page.body());
        Element panel = Jsoup.parse(page.body()).selectFirst(".cop-dashboard__checklist[data-checklist=" + checklist + "]");
        assertNotNull(panel, checklist);
        return panel;
    }

    private static HttpResponse<String> decide(Browserless coach, String checklist, String decision, String on,
                                               String rationale, String conditions) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", "decide");
        fields.put("checklist", checklist);
        fields.put("decision", decision);
        fields.put("on", on);
        fields.put("rationale", rationale);
        fields.put("conditions", conditions);
        return DashboardForms.post(coach, DemoData.SPACE_KEY, fields);
    }

    @Test
    void each_of_the_four_decisions_is_recorded_and_listed_newest_first_with_its_figures_and_the_threshold_changes() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        pageWith("decide-four");
        everyoneSays("decide-four", List.of("alice", "bruno", "chloe"), "yes");
        assertEquals("ready", panel(coach, "decide-four").attr("data-decision"), "the app suggests launching");

        HttpResponse<String> launch = decide(coach, "decide-four", "launch", "open", "", "");
        Element afterLaunch = panel(coach, "decide-four");
        assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY,
                Map.of("majority", "60", "readiness", "75", "quorum", "4")).statusCode());
        HttpResponse<String> withConditions = decide(coach, "decide-four", "launch-with-conditions", "last-closed", "",
                "Désigner une animatrice\r\n\r\nLibérer deux heures par mois");
        HttpResponse<String> notYet = decide(coach, "decide-four", "not-yet", "last-closed",
                "La direction veut attendre la rentrée.", "");
        HttpResponse<String> abandon = decide(coach, "decide-four", "abandon", "open",
                "Le thème n'est plus stratégique.\nUne autre communauté le porte.", "");
        Element panel = panel(coach, "decide-four");

        for (HttpResponse<String> response : List.of(launch, withConditions, notYet, abandon)) {
            assertEquals(302, response.statusCode(), response.body());
        }
        assertTrue(launch.headers().firstValue("Location").orElseThrow().contains("round=decided-1"));
        assertEquals("2", afterLaunch.selectFirst(".cop-dashboard__rounds").attr("data-round"),
                "deciding on the open round closed it: round 2 is open");
        assertEquals("3", panel.selectFirst(".cop-dashboard__rounds").attr("data-round"), "abandon closed round 2");

        Element current = panel.selectFirst(".cop-dashboard__decided");
        assertEquals("abandon", current.attr("data-decision"), "a new decision supersedes the last");
        assertEquals("2", current.attr("data-round"));
        assertEquals("Le thème n'est plus stratégique.\nUne autre communauté le porte.",
                current.selectFirst(".cop-dashboard__rationale").wholeText(), "the rationale as typed, shown as text");
        assertTrue(current.selectFirst(".cop-dashboard__decided-by").text().startsWith("Décidé par Camille Coach le "),
                current.text());

        Elements history = panel.select(".cop-dashboard__decision-history > li");
        assertEquals(List.of("decision:abandon:2", "decision:not-yet:1", "decision:launch-with-conditions:1",
                        "thresholds::", "decision:launch:1"),
                history.stream().map(entry -> entry.attr("data-kind") + ":" + entry.attr("data-decision") + ":"
                        + entry.attr("data-round")).toList(), "newest first, threshold changes among them");
        assertTrue(history.get(4).selectFirst(".cop-dashboard__history-figures").text()
                .startsWith("3 membres ont répondu · score "), "round 1's frozen figures: " + history.get(4).text());
        assertTrue(history.get(4).text().contains(FUNDAMENTALS.size() + " éléments remplis sur " + FUNDAMENTALS.size()),
                history.get(4).text());
        assertTrue(history.get(0).selectFirst(".cop-dashboard__history-figures").text()
                .startsWith("aucun membre n'a répondu"), "round 2 was not answered: " + history.get(0).text());
        assertTrue(history.get(4).text().contains("Suit ce que l'application suggérait alors (Prêt à lancer)"),
                history.get(4).text());
        assertTrue(history.get(1).text().contains("Diffère de ce que l'application suggérait alors (Prêt à lancer)"),
                history.get(1).text());
        assertEquals(List.of("Désigner une animatrice", "Libérer deux heures par mois"),
                history.get(2).select(".cop-dashboard__conditions li").eachText(), "one condition per line, blank ones dropped");
        assertTrue(history.get(3).text().startsWith("Camille Coach a modifié les seuils le "), history.get(3).text());
        assertTrue(history.get(3).text().endsWith(": majorité 50 % → 60 %, quorum 3 → 4"), history.get(3).text());
    }

    @Test
    void a_decision_that_differs_from_the_suggestion_or_abandons_without_a_rationale_is_refused_and_nothing_is_stored() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        pageWith("decide-refused");
        everyoneSays("decide-refused", List.of("alice"), "yes");
        assertEquals("not-yet", panel(coach, "decide-refused").attr("data-decision"), "one member: below the quorum");

        HttpResponse<String> differs = decide(coach, "decide-refused", "launch", "open", "  ", "");
        HttpResponse<String> abandon = decide(coach, "decide-refused", "abandon", "open", "", "");
        HttpResponse<String> noRound = decide(coach, "decide-refused", "not-yet", "last-closed", "", "");
        HttpResponse<String> conditionsAlone = decide(coach, "decide-refused", "launch-with-conditions", "open",
                "On y croit.", "");
        Element panel = panel(coach, "decide-refused");

        assertEquals(400, differs.statusCode());
        Element refused = Jsoup.parse(differs.body())
                .selectFirst(".cop-dashboard__checklist[data-checklist=decide-refused] .cop-dashboard__decide");
        assertEquals("Cette décision diffère de ce que suggèrent les chiffres du tour : indiquez pourquoi dans la "
                + "justification. Rien n'a été enregistré.", refused.selectFirst(".cop-dashboard__decide-error").text());
        assertTrue(refused.selectFirst("input[name=decision][value=launch]").hasAttr("checked"), "the choice is kept");
        assertTrue(refused.selectFirst("input[name=on][value=open]").hasAttr("checked"));
        assertEquals(400, abandon.statusCode());
        assertTrue(Jsoup.parse(abandon.body()).selectFirst(".cop-dashboard__decide-error").text()
                .startsWith("Pour renoncer, indiquez pourquoi"), abandon.body());
        assertEquals(400, noRound.statusCode());
        assertTrue(Jsoup.parse(noRound.body()).selectFirst(".cop-dashboard__decide-error").text()
                .startsWith("Aucun tour n'a encore été clos"));
        assertEquals(400, conditionsAlone.statusCode());
        assertEquals("On y croit.", Jsoup.parse(conditionsAlone.body())
                .selectFirst(".cop-dashboard__checklist[data-checklist=decide-refused] textarea[name=rationale]").text(),
                "what was typed is shown again");

        assertEquals("1", panel.selectFirst(".cop-dashboard__rounds").attr("data-round"),
                "the refused decisions did not close the open round");
        assertNull(panel.selectFirst(".cop-dashboard__closed-rounds"), "no round was frozen");
        assertNull(panel.selectFirst(".cop-dashboard__decided"), "no decision is in force");
        assertTrue(panel.select(".cop-dashboard__decision-history > li[data-kind=decision]").isEmpty(),
                "no decision in the history");
        assertEquals("Aucune décision n'a encore été enregistrée pour cette liste.",
                panel.selectFirst(".cop-dashboard__no-decision").text());
    }

    @Test
    void a_member_who_does_not_administer_the_space_cannot_record_a_decision() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        pageWith("decide-member");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Ticking.OpenedPage page = Ticking.open(alice, DemoData.SPACE_KEY, "Décision decide-member");
        assertEquals(200, Ticking.answer(alice, page, "decide-member", FUNDAMENTALS.get(0), "yes", null).statusCode());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("spaceKey", DemoData.SPACE_KEY);
        form.put("atl_token", page.token());
        form.put("action", "decide");
        form.put("checklist", "decide-member");
        form.put("decision", "not-yet");
        form.put("on", "open");
        HttpResponse<String> refused = alice.postForm(DASHBOARD, form);

        assertEquals(403, refused.statusCode(), refused.body());
        Element panel = panel(coach, "decide-member");
        assertEquals("1", panel.selectFirst(".cop-dashboard__rounds").attr("data-round"), "the round is still open");
        assertNull(panel.selectFirst(".cop-dashboard__decided"), "no decision was recorded");
    }

    @Test
    void a_removed_users_decisions_and_threshold_changes_stay_by_a_removed_user() {
        host.site().users().create(new User("dora", "Dora Durand", "dora@example.org", Locale.FRENCH, false), "dora");
        for (SpacePermission permission : SpacePermission.values()) {
            host.site().spaces().grantToUser(DemoData.SPACE_KEY, permission, "dora");
        }
        pageWith("decide-removed");
        everyoneSays("decide-removed", List.of("alice"), "no");
        Browserless dora = Ticking.member(host.baseUri(), "dora");
        assertEquals(302, decide(dora, "decide-removed", "not-yet", "open", "", "").statusCode());
        assertEquals(302, DashboardForms.post(dora, DemoData.SPACE_KEY,
                Map.of("majority", "55", "readiness", "75", "quorum", "3")).statusCode());
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", UserAdministrationServlet.BROWSE_PATH);
        String token = Jsoup.parse(admin.get(UserAdministrationServlet.REMOVE_PATH + "?username=dora").body())
                .select("input[name=atl_token]").val();

        HttpResponse<String> removed = admin.postForm(UserAdministrationServlet.DO_REMOVE_PATH,
                Map.of("username", "dora", "atl_token", token));

        assertEquals(302, removed.statusCode(), removed.body());
        Element panel = panel(Ticking.member(host.baseUri(), "coach"), "decide-removed");
        assertEquals("not-yet", panel.selectFirst(".cop-dashboard__decided").attr("data-decision"), "the decision stays");
        assertTrue(panel.selectFirst(".cop-dashboard__decided-by").text().startsWith("Décidé par un utilisateur supprimé le "),
                panel.selectFirst(".cop-dashboard__decided-by").text());
        assertTrue(panel.select(".cop-dashboard__decision-history > li[data-kind=thresholds]").stream()
                .anyMatch(change -> change.text().startsWith("Un utilisateur supprimé a modifié les seuils le ")),
                panel.select(".cop-dashboard__decision-history").text());
        assertTrue(!panel.text().contains("Dora"), "her name is nowhere in the panel: " + panel.text());
    }
}
