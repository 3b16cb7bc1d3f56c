package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.aohost.TablePrefixes;
import org.coplaunchpad.standalone.data.User;
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
 * Answers that can say no, over HTTP on the host: members answer yes, partly, no or I don't know with a reason,
 * the endpoint says how the item stands, the dashboard counts each answer, and a member Confluence removes takes
 * their answers, reasons and history with them. Each checklist of this class has a page of its own in the demo space.
 */
class AnswerScaleIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = TablePrefixes.forNamespace("org.coplaunchpad.cop-launchpad");
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard?spaceKey=" + DemoData.SPACE_KEY;

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    /** A page carrying a personal checklist of that name; returns it as members open it. */
    private static Ticking.OpenedPage pageWith(String checklist, Browserless member) {
        String title = "Liste " + checklist;
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, title,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter></ac:structured-macro>",
                "coach");
        return Ticking.open(member, DemoData.SPACE_KEY, title);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The dashboard's row of an item of a checklist of the demo space. */
    private static Element dashboardRow(String checklist, String item) {
        HttpResponse<String> dashboard = Ticking.member(host.baseUri(), "admin").get(DASHBOARD);
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        Element panel = Jsoup.parse(dashboard.body()).selectFirst(".cop-dashboard__checklist[data-checklist=" + checklist + "]");
        assertNotNull(panel, checklist + " on the dashboard");
        return panel.selectFirst(".cop-dashboard__items tr[data-item=" + item + "]");
    }

    /** History rows of a checklist, straight from its AO table. */
    private static int historyRows(String checklist, String respondent) {
        return count("SELECT COUNT(*) FROM \"" + PREFIX + "ITEM_ANSWER_CHANGE\" WHERE \"CHECKLIST\" = ? AND \"RESPONDENT\" = ?",
                checklist, respondent);
    }

    private static int answerRows(String checklist, String respondent) {
        return count("SELECT COUNT(*) FROM \"" + PREFIX + "ITEM_ANSWER\" WHERE \"CHECKLIST\" = ? AND \"RESPONDENT\" = ?",
                checklist, respondent);
    }

    private static int count(String sql, String... parameters) {
        try (Connection connection = host.database().connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_member_who_answers_only_no_counts_as_a_respondent_and_unknown_is_counted_as_unknown() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Browserless bruno = Ticking.member(host.baseUri(), "bruno");
        Ticking.OpenedPage page = pageWith("scale-counts", alice);
        Ticking.OpenedPage brunosPage = Ticking.open(bruno, DemoData.SPACE_KEY, "Liste scale-counts");

        ok(Ticking.answer(alice, page, "scale-counts", "coach", "yes", null));
        JsonNode no = ok(Ticking.answer(bruno, brunosPage, "scale-counts", "coach", "no", null));
        JsonNode unknown = ok(Ticking.answer(bruno, brunosPage, "scale-counts", "documentalist", "unknown", null));

        assertEquals(2, no.get("respondents").asInt(), "bruno answered only no: he counts");
        assertEquals(1, no.get("counts").get("yes").asInt());
        assertEquals(1, no.get("counts").get("no").asInt());
        assertEquals("no", no.get("answer").asText());
        assertEquals(1, unknown.get("counts").get("unknown").asInt());
        assertEquals(0, unknown.get("counts").get("no").asInt());
        Element coach = dashboardRow("scale-counts", "coach");
        assertEquals("1", coach.attr("data-yes"));
        assertEquals("1", coach.attr("data-no"));
        assertEquals("2", coach.attr("data-respondents"));
        Element documentalist = dashboardRow("scale-counts", "documentalist");
        assertEquals("1", documentalist.attr("data-unknown"));
        assertEquals("1", documentalist.attr("data-not-answered"), "alice did not answer it");
    }

    @Test
    void the_tick_of_earlier_releases_records_yes_and_none_clears_the_answer_and_its_reason() {
        Browserless chloe = Ticking.member(host.baseUri(), "chloe");
        Ticking.OpenedPage page = pageWith("scale-legacy", chloe);

        assertEquals(200, Ticking.tick(chloe, page, "scale-legacy", "coach", true).statusCode());
        assertEquals("1", dashboardRow("scale-legacy", "coach").attr("data-yes"), "checked=true is yes");
        ok(Ticking.answer(chloe, page, "scale-legacy", "coach", "partly", "Nommé, pas formé."));
        JsonNode cleared = ok(Ticking.answer(chloe, page, "scale-legacy", "coach", "none", null));

        assertEquals("none", cleared.get("answer").asText());
        assertTrue(cleared.get("comment").isNull(), cleared.toString());
        assertEquals(0, cleared.get("respondents").asInt());
        assertEquals(3, historyRows("scale-legacy", "chloe"), "yes, partly with a reason, none");
        String view = chloe.get(Browserless.display(DemoData.SPACE_KEY, "Liste scale-legacy")).body();
        assertTrue(!view.contains("Nommé, pas formé."), "the reason is gone from the page");
    }

    @Test
    void a_reason_can_be_edited_and_deleted_each_change_has_a_history_row_and_501_characters_store_nothing() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Ticking.OpenedPage page = pageWith("scale-reasons", alice);

        JsonNode given = ok(Ticking.answer(alice, page, "scale-reasons", "coach", "partly", "Un coach à mi-temps."));
        JsonNode edited = ok(Ticking.answer(alice, page, "scale-reasons", "coach", "partly", "Un coach\r\nà plein temps."));
        HttpResponse<String> tooLong = Ticking.answer(alice, page, "scale-reasons", "coach", "yes", "x".repeat(501));
        JsonNode kept = ok(Ticking.answer(alice, page, "scale-reasons", "coach", "yes", null));
        JsonNode deleted = ok(Ticking.answer(alice, page, "scale-reasons", "coach", "yes", ""));

        assertEquals("Un coach à mi-temps.", given.get("comment").asText());
        assertEquals("Un coach\nà plein temps.", edited.get("comment").asText(), "CRLF stored as LF");
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("\"field\":\"comment\""), tooLong.body());
        assertEquals("Un coach\nà plein temps.", kept.get("comment").asText(), "the refused answer changed nothing");
        assertEquals("yes", kept.get("answer").asText());
        assertTrue(deleted.get("comment").isNull());
        assertEquals(4, historyRows("scale-reasons", "alice"), "partly+reason, reason edited, yes, reason deleted");
        String view = alice.get(Browserless.display(DemoData.SPACE_KEY, "Liste scale-reasons")).body();
        assertTrue(!view.contains("plein temps"), "the deleted reason is not on the page");
    }

    @Test
    void a_removed_members_answers_reasons_and_history_are_gone_and_the_dashboard_follows() {
        host.site().users().create(new User("dora", "Dora Durand", "dora@example.org", Locale.FRENCH, false), "dora");
        host.site().users().addToGroup("dora", "cdp-members");
        Browserless dora = Ticking.member(host.baseUri(), "dora");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Ticking.OpenedPage page = pageWith("scale-removal", dora);
        ok(Ticking.answer(dora, page, "scale-removal", "coach", "no", "Personne n'est nommé."));
        ok(Ticking.answer(dora, page, "scale-removal", "groupware", "yes", null));
        ok(Ticking.answer(alice, Ticking.open(alice, DemoData.SPACE_KEY, "Liste scale-removal"), "scale-removal",
                "coach", "yes", null));
        assertEquals("2", dashboardRow("scale-removal", "coach").attr("data-respondents"));
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", UserAdministrationServlet.BROWSE_PATH);
        String token = Jsoup.parse(admin.get(UserAdministrationServlet.REMOVE_PATH + "?username=dora").body())
                .select("input[name=atl_token]").val();

        HttpResponse<String> removed = admin.postForm(UserAdministrationServlet.DO_REMOVE_PATH,
                Map.of("username", "dora", "atl_token", token));

        assertEquals(302, removed.statusCode(), removed.body());
        assertEquals(0, answerRows("scale-removal", "dora"));
        assertEquals(0, historyRows("scale-removal", "dora"));
        Element coach = dashboardRow("scale-removal", "coach");
        assertEquals("1", coach.attr("data-respondents"), "only alice is left");
        assertEquals("0", coach.attr("data-no"));
        assertEquals("1", coach.attr("data-yes"));
    }
}
