package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The decision macro over HTTP on the host, as members see it: the latest decision, recorded by the coach on the
 * dashboard, shown to a member who may not see the dashboard; on the blueprint's « Se décider » page, the decided
 * round's frozen figures and never the open round's; on a confidential checklist, no member's name and no figure of
 * fewer than three answers.
 */
class DecisionMacroIT {
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard";
    private static final String COACH = "Camille Coach";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    /** A page carrying a checklist and, below it, its decision, as the blueprint's page does. */
    private static void pageWith(String title, String checklist, String checklistParameters) {
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, title,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>" + checklistParameters
                        + "</ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"cop-launch-decision\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter></ac:structured-macro>",
                "coach");
    }

    private static void answer(String member, String title, String checklist, String answer) {
        Browserless session = Ticking.member(host.baseUri(), member);
        HttpResponse<String> response = Ticking.answer(session, Ticking.open(session, DemoData.SPACE_KEY, title),
                checklist, "coach", answer, null);
        assertEquals(200, response.statusCode(), response.body());
    }

    /** A decision posted as the coach's browser posts the dashboard's form, with the page's atl_token. */
    private static void decide(Browserless coach, String checklist, String decision, String rationale,
                               String conditions, String on) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", "decide");
        fields.put("checklist", checklist);
        fields.put("decision", decision);
        fields.put("rationale", rationale);
        fields.put("conditions", conditions);
        fields.put("on", on);
        HttpResponse<String> recorded = DashboardForms.post(coach, DemoData.SPACE_KEY, fields);
        assertEquals(302, recorded.statusCode(), recorded.body());
    }

    /** The decision macro on a page as a member sees it. */
    private static Element decisionOn(Browserless member, String title) {
        HttpResponse<String> page = member.get(Browserless.display(DemoData.SPACE_KEY, title));
        assertEquals(200, page.statusCode());
        Element decision = Jsoup.parse(page.body()).selectFirst("#main-content .cop-decision");
        assertNotNull(decision, page.body());
        return decision;
    }

    @Test
    void a_member_who_may_not_see_the_dashboard_sees_the_latest_decision() {
        pageWith("Décision affichée", "decision-shown", "");
        for (String member : List.of("alice", "bruno", "chloe")) {
            answer(member, "Décision affichée", "decision-shown", "yes");
        }
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        String before = decisionOn(alice, "Décision affichée").text();
        decide(coach, "decision-shown", "not-yet", "Attendons le commanditaire.", "", "open");
        decide(coach, "decision-shown", "launch-with-conditions", "Le commanditaire s'engage.\nOn lance en janvier.",
                "Un coach deux jours par mois\nUn bilan à six mois", "last-closed");

        Element decision = decisionOn(alice, "Décision affichée");

        assertEquals(403, alice.get(DASHBOARD + "?spaceKey=" + DemoData.SPACE_KEY).statusCode(),
                "alice is a member, not an administrator of the space");
        assertEquals("Aucune décision de lancement n'a encore été enregistrée pour la liste « decision-shown ».", before);
        assertEquals("launch-with-conditions", decision.attr("data-decision"), "the latest decision supersedes the first");
        assertEquals("1", decision.attr("data-round"));
        assertEquals("Lancer sous conditions", decision.selectFirst(".cop-decision__kind").text());
        assertEquals(COACH, decision.selectFirst(".cop-decision__by").text());
        assertTrue(decision.selectFirst(".cop-decision__at").text().matches(".*\\b20\\d\\d\\b.*"), decision.text());
        assertEquals("Le commanditaire s'engage.\nOn lance en janvier.",
                decision.selectFirst(".cop-decision__rationale").wholeText());
        assertEquals(List.of("Un coach deux jours par mois", "Un bilan à six mois"),
                decision.select(".cop-decision__conditions li").eachText());
        assertEquals("3 membres ont répondu", decision.selectFirst(".cop-decision__respondents").text());
    }

    @Test
    void on_the_se_decider_page_it_shows_the_decided_rounds_frozen_figures_never_the_open_rounds() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Element none = decisionOn(alice, DemoData.CHILD_PAGE);
        for (String member : List.of("alice", "bruno", "chloe")) {
            answer(member, DemoData.CHILD_PAGE, "readiness", "yes");
        }
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        decide(coach, "readiness", "not-yet", "Trop tôt : peu de membres ont répondu.", "", "open");
        Element decided = decisionOn(alice, DemoData.CHILD_PAGE);
        for (String member : List.of("alice", "bruno", "chloe", "coach")) {
            answer(member, DemoData.CHILD_PAGE, "readiness", "no");
        }

        Element later = decisionOn(alice, DemoData.CHILD_PAGE);

        assertTrue(none.hasClass("cop-decision--none"), "the blueprint's page carries the macro: " + none);
        assertEquals("1", later.attr("data-round"));
        assertEquals("3 membres ont répondu", later.selectFirst(".cop-decision__respondents").text(),
                "round 1's respondents, frozen; round 2 has four so far");
        assertEquals(decided.selectFirst(".cop-decision__score").text(), later.selectFirst(".cop-decision__score").text(),
                "round 1's score, frozen, whatever round 2's answers");
        assertEquals(decided.selectFirst(".cop-decision__met").text(), later.selectFirst(".cop-decision__met").text());
        assertFalse(later.text().contains("4 membres"), later.text());
    }

    @Test
    void on_a_confidential_checklist_it_names_no_member_but_the_decider_and_shows_no_figure_of_two_answers() {
        pageWith("Décision confidentielle", "decision-confidential",
                "<ac:parameter ac:name=\"confidential\">true</ac:parameter>");
        answer("alice", "Décision confidentielle", "decision-confidential", "yes");
        answer("bruno", "Décision confidentielle", "decision-confidential", "no");
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        decide(coach, "decision-confidential", "not-yet", "Deux réponses ne suffisent pas.", "", "open");

        for (String viewer : List.of("alice", "chloe", "coach")) {
            Element decision = decisionOn(Ticking.member(host.baseUri(), viewer), "Décision confidentielle");
            String html = decision.outerHtml();
            for (DemoData.DemoUser user : DemoData.USERS) {
                if (!user.fullName().equals(COACH)) {
                    assertFalse(html.contains(user.fullName()), user.fullName() + " shown to " + viewer + ": " + html);
                }
            }
            assertEquals(COACH, decision.selectFirst(".cop-decision__by").text());
            Element withoutDecider = decision.clone();
            withoutDecider.select(".cop-decision__by").remove();
            assertFalse(withoutDecider.outerHtml().contains(COACH), "the decider only as the decider: " + html);
            assertNotNull(decision.selectFirst(".cop-decision__withheld"), html);
            assertNull(decision.selectFirst(".cop-decision__respondents"), html);
            assertNull(decision.selectFirst(".cop-decision__score"), html);
            assertNull(decision.selectFirst(".cop-decision__met"), html);
        }
    }
}
