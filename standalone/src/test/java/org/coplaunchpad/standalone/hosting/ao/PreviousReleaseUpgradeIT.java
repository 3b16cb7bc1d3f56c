package org.coplaunchpad.standalone.hosting.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.coplaunchpad.aohost.TablePrefixes;
import org.coplaunchpad.standalone.data.Database;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app's upgrade tasks on databases earlier releases wrote, as Confluence's AO plugin runs them at the next start.
 * Before the registry (no registry tables, no stored model version AO_55510E_#, answers as ticks): RegistryUpgradeTask001
 * registers the answered checklist with its page; the unanswered one stays unknown until its page's next event; the
 * task runs once. Before four-level answers (model version 1, answers as ticks): AnswerUpgradeTask002 makes each tick a
 * yes or a no, the dashboard's figures stay those the ticks gave, and it says answers were ticks. Before the decision
 * record (model version 5): DecisionUpgradeTask006 creates the decisions and the threshold changes, and the rows the
 * rounds release wrote stay.
 */
class PreviousReleaseUpgradeIT {
    private static final String NAMESPACE = "org.coplaunchpad.cop-launchpad";
    private static final String PREFIX = TablePrefixes.forNamespace(NAMESPACE);

    private Path data;

    @BeforeEach
    void dataFolder() throws IOException {
        data = Files.createTempDirectory("cop-launchpad-upgrade-it");
    }

    @AfterEach
    void removeDataFolder() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static Element listed(StandaloneHost host, String checklist) {
        HttpResponse<String> response = Ticking.member(host.baseUri(), "coach")
                .get("/plugins/servlet/cop-launchpad/dashboard?spaceKey=" + DemoData.SPACE_KEY);
        assertEquals(200, response.statusCode(), response.body());
        Document dashboard = Jsoup.parse(response.body());
        return dashboard.selectFirst(".cop-dashboard__checklist[data-checklist=" + checklist + "]");
    }

    /** The registry's rows ("checklist mode" per page title), read straight from its AO table. */
    private static List<String> registryRows(StandaloneHost host) {
        try (Connection connection = host.database().connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT r.CHECKLIST, r.MODE, p.TITLE FROM \"" + PREFIX
                     + "CHECKLIST_PAGE\" r JOIN HOST_PAGES p ON p.ID = r.PAGE_ID ORDER BY p.TITLE, r.CHECKLIST")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1) + " " + rows.getString(2) + " on " + rows.getString(3));
            }
            return found;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The host stopped; its answers as the releases before four-level answers kept them: ticks in ANSWER and
     * ANSWER_CHANGE (yes was a tick; anything else an untick, or nothing before the first change), no ITEM_ tables.
     */
    private void answersAsTicks() {
        String a = PREFIX + "ANSWER";
        String c = PREFIX + "ANSWER_CHANGE";
        execute("INSERT INTO \"" + a + "\" (ANSWER_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY, RESPONDENT, CHECKED, REVISION,"
                        + " PAGE_ID, ANSWERED_BY, ANSWERED_AT) SELECT ANSWER_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY, RESPONDENT,"
                        + " CASE WHEN ANSWER = 'yes' THEN TRUE ELSE FALSE END, REVISION, PAGE_ID, ANSWERED_BY, ANSWERED_AT"
                        + " FROM \"" + PREFIX + "ITEM_ANSWER\"",
                "INSERT INTO \"" + c + "\" (CHANGE_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY, RESPONDENT, REVISION, WAS_CHECKED,"
                        + " NOW_CHECKED, CHANGED_BY, CHANGED_AT, PAGE_ID) SELECT CHANGE_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY,"
                        + " RESPONDENT, REVISION, CASE WHEN WAS_ANSWER = 'yes' THEN TRUE ELSE FALSE END,"
                        + " CASE WHEN NOW_ANSWER = 'yes' THEN TRUE ELSE FALSE END, CHANGED_BY, CHANGED_AT, PAGE_ID"
                        + " FROM \"" + PREFIX + "ITEM_ANSWER_CHANGE\"",
                "DROP TABLE \"" + PREFIX + "ITEM_ANSWER_CHANGE\"", "DROP TABLE \"" + PREFIX + "ITEM_ANSWER\"");
    }

    /** The host stopped; its database as the release before the registry left it: ticks, no registry, no version. */
    private void asThePreviousReleaseLeftIt() {
        answersAsTicks();
        execute("DROP TABLE \"" + PREFIX + "CHECKLIST_SUMMARY\"", "DROP TABLE \"" + PREFIX + "CHECKLIST_PAGE\"", "DROP TABLE \"" + PREFIX + "REFUSED_MOVE\"",
                "DELETE FROM HOST_SETTINGS WHERE NAME = '" + PREFIX + "#'");
    }

    /** The host stopped; its database as the release with the registry (model version 1) left it. */
    private void asTheRegistryReleaseLeftIt() {
        answersAsTicks();
        execute("DROP TABLE \"" + PREFIX + "CHECKLIST_SUMMARY\"",
                "UPDATE HOST_SETTINGS SET VAL = '1' WHERE NAME = '" + PREFIX + "#'");
    }

    /** The host stopped; its database as the rounds release (model version 5) left it: no decision record. */
    private void asTheRoundsReleaseLeftIt() {
        execute("DROP TABLE \"" + PREFIX + "LAUNCH_DECISION\"", "DROP TABLE \"" + PREFIX + "THRESHOLD_CHANGE\"",
                "DROP TABLE \"" + PREFIX + "LAUNCH_ACTION\"", "DROP TABLE \"" + PREFIX + "ACTION_CHANGE\"",
                "DROP TABLE \"" + PREFIX + "CHECKLIST_SUMMARY\"",
                "UPDATE HOST_SETTINGS SET VAL = '5' WHERE NAME = '" + PREFIX + "#'");
    }

    private static int summaryRound(StandaloneHost host, String checklist) {
        try (Connection connection = host.database().connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"ROUND_NUMBER\" FROM \"" + PREFIX
                     + "CHECKLIST_SUMMARY\" WHERE \"CHECKLIST\" = '" + checklist + "'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static int rows(StandaloneHost host, String table) {
        try (Connection connection = host.database().connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + PREFIX + table + "\"")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void execute(String... statements) {
        try (Database database = Database.open(Database.defaultUrl(data), null, null);
             Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private Optional<String> storedModelVersion() {
        try (Database database = Database.open(Database.defaultUrl(data), null, null)) {
            return new Settings(database).get(AoUpgradeTasks.modelVersionKey(PREFIX));
        }
    }

    private void forgetTheRegistry() {
        execute("DELETE FROM \"" + PREFIX + "CHECKLIST_PAGE\"");
    }

    @Test
    void the_upgrade_task_registers_the_answered_checklists_of_the_previous_release_once() {
        try (StandaloneHost host = TestHosts.start(data)) {
            Browserless alice = Ticking.member(host.baseUri(), "alice");
            Ticking.OpenedPage decide = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
            assertEquals(200, Ticking.tick(alice, decide, "readiness", "coach", true).statusCode());
            assertNotNull(listed(host, "equipe"), "registered by the demo's page events");
            assertEquals(List.of("equipe shared on " + DemoData.TEAM_PAGE, "readiness personal on " + DemoData.CHILD_PAGE),
                    registryRows(host));
        }
        assertEquals(Optional.of("8"), storedModelVersion(), "a fresh install ran the tasks too, on empty tables");
        asThePreviousReleaseLeftIt();

        try (StandaloneHost host = TestHosts.start(data)) {
            assertEquals(List.of("readiness personal on " + DemoData.CHILD_PAGE), registryRows(host),
                    "registered with its page and settings by the upgrade task");
            Element readiness = listed(host, "readiness");
            assertNotNull(readiness);
            assertEquals("personal", readiness.attr("data-mode"));
            assertEquals("1", readiness.selectFirst("[data-respondents]").attr("data-respondents"));
            assertNull(listed(host, "equipe"), "never answered: the task registers answered pages only");
        }
        assertEquals(Optional.of("8"), storedModelVersion(), "the newest task's version");
        forgetTheRegistry();

        try (StandaloneHost host = TestHosts.start(data)) {
            assertEquals(List.of(), registryRows(host), "the task did not run again: the registry stays empty");
            assertNotNull(listed(host, "readiness"), "still listed from its answers");
        }
    }

    @Test
    void the_upgrade_to_four_level_answers_keeps_every_answer_and_the_figures_the_ticks_gave() {
        try (StandaloneHost host = TestHosts.start(data)) {
            Browserless alice = Ticking.member(host.baseUri(), "alice");
            Browserless bruno = Ticking.member(host.baseUri(), "bruno");
            Ticking.OpenedPage decide = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
            Ticking.OpenedPage brunos = Ticking.open(bruno, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
            assertEquals(200, Ticking.tick(alice, decide, "readiness", "coach", true).statusCode());
            assertEquals(200, Ticking.tick(bruno, brunos, "readiness", "coach", true).statusCode());
            assertEquals(200, Ticking.tick(bruno, brunos, "readiness", "coach", false).statusCode());
            assertEquals(200, Ticking.tick(bruno, brunos, "readiness", "groupware", true).statusCode());
        }
        asTheRegistryReleaseLeftIt();
        assertEquals(Optional.of("1"), storedModelVersion());

        try (StandaloneHost host = TestHosts.start(data)) {
            Element readiness = listed(host, "readiness");
            assertNotNull(readiness);
            assertEquals("2", readiness.selectFirst("[data-respondents]").attr("data-respondents"),
                    "before: alice and bruno had rows; after: the same two members answered");
            Element coach = readiness.selectFirst(".cop-dashboard__items tr[data-item=coach]");
            assertEquals("1", coach.attr("data-yes"), "alice's tick");
            assertEquals("1", coach.attr("data-no"), "bruno's untick");
            assertEquals("0", coach.attr("data-partly"));
            assertEquals("1", readiness.selectFirst(".cop-dashboard__items tr[data-item=groupware]").attr("data-yes"));
            assertEquals("0", readiness.selectFirst(".cop-dashboard__items tr[data-item=documentalist]").attr("data-yes"),
                    "never ticked: unanswered");
            assertEquals("2", readiness.selectFirst(".cop-dashboard__items tr[data-item=documentalist]")
                    .attr("data-not-answered"), "both answered other items, not this one");
            org.junit.jupiter.api.Assertions.assertTrue(readiness.text().contains("3 réponses ont été données par une coche"),
                    readiness.text());
            assertEquals(3, rows(host, "ITEM_ANSWER"), "alice's coach, bruno's coach and groupware");
            assertEquals(4, rows(host, "ITEM_ANSWER_CHANGE"), "every history row kept");
            assertEquals(0, rows(host, "ANSWER"), "the old tables are emptied");
            assertEquals(0, rows(host, "ANSWER_CHANGE"));
        }
        assertEquals(Optional.of("8"), storedModelVersion(), "the newest task's version");
    }

    @Test
    void the_upgrade_to_the_decision_record_keeps_the_rounds_and_answers_and_records_threshold_changes() {
        try (StandaloneHost host = TestHosts.start(data)) {
            Browserless alice = Ticking.member(host.baseUri(), "alice");
            Ticking.OpenedPage decide = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
            assertEquals(200, Ticking.answer(alice, decide, "readiness", "coach", "yes", null).statusCode());
            Browserless coach = Ticking.member(host.baseUri(), "coach");
            assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY,
                    java.util.Map.of("action", "close-round", "checklist", "readiness")).statusCode());
            assertEquals(200, Ticking.answer(alice, Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE),
                    "readiness", "groupware", "no", null).statusCode());
        }
        asTheRoundsReleaseLeftIt();
        assertEquals(Optional.of("5"), storedModelVersion());

        try (StandaloneHost host = TestHosts.start(data)) {
            assertEquals(0, rows(host, "LAUNCH_DECISION"), "created by the task, empty: no decision before it");
            assertEquals(0, rows(host, "THRESHOLD_CHANGE"), "earlier changes were not kept");
            assertEquals(0, rows(host, "LAUNCH_ACTION"), "created by task 7, empty: no plan before it");
            assertEquals(2, rows(host, "ASSESSMENT_ROUND"), "round 1 closed, round 2 open");
            assertEquals(1, rows(host, "ROUND_ANSWER"), "what round 1 kept of alice's answer");
            assertEquals(2, rows(host, "CHECKLIST_SUMMARY"), "built by task 8: the demo's two registered checklists");
            assertEquals(2, summaryRound(host, "readiness"), "with its open round");
            Element readiness = listed(host, "readiness");
            assertNotNull(readiness);
            assertEquals("1", readiness.selectFirst(".cop-dashboard__items tr[data-item=groupware]").attr("data-no"),
                    "round 2's answer");
            Browserless coach = Ticking.member(host.baseUri(), "coach");
            assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY,
                    java.util.Map.of("majority", "60", "readiness", "80", "quorum", "2")).statusCode());
            assertEquals(1, rows(host, "THRESHOLD_CHANGE"), "the first change after the upgrade is recorded");
        }
        assertEquals(Optional.of("8"), storedModelVersion(), "the newest task's version");
    }
}
