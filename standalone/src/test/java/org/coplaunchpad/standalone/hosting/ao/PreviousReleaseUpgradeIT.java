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
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app's upgrade task on a database the previous release wrote: the demo's answers, no registry tables and no
 * stored model version (AO_55510E_#). The host runs RegistryUpgradeTask001 at the next start, as Confluence's AO plugin
 * would, and the dashboard then lists the answered checklist with its page, as the registry knows it; the unanswered
 * one stays unknown until its page's next event. The task runs once: at the start after, it does not run again.
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

    /** The host stopped; its database as the release before the registry left it: answers, no registry, no version. */
    private void asThePreviousReleaseLeftIt() {
        execute("DROP TABLE \"" + PREFIX + "CHECKLIST_PAGE\"", "DROP TABLE \"" + PREFIX + "REFUSED_MOVE\"",
                "DELETE FROM HOST_SETTINGS WHERE NAME = '" + PREFIX + "#'");
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
        assertEquals(Optional.of("1"), storedModelVersion(), "a fresh install ran the task too, on empty tables");
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
        assertEquals(Optional.of("1"), storedModelVersion());
        forgetTheRegistry();

        try (StandaloneHost host = TestHosts.start(data)) {
            assertEquals(List.of(), registryRows(host), "the task did not run again: the registry stays empty");
            assertNotNull(listed(host, "readiness"), "still listed from its answers");
        }
    }
}
