package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.time.Instant;
import java.util.List;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.registry.StoredPages;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database written by the previous release (answers, history, thresholds; no registry) comes out of the upgrade
 * with every answered checklist registered: on H2 and, when present (required in CI), PostgreSQL and MariaDB.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class RegistryUpgradeTask001Test {
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private AppClock clock;
    private final ConfluenceFixture confluence = new ConfluenceFixture();

    @BeforeEach
    void landedDatabase() {
        database = StoreDatabase.withLandedSchema(kind, 0);
        clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    /** A tick as the release before the registry stored it. */
    private void answer(String space, String checklist, long pageId, boolean checked) {
        new LandedTicks(database.activeObjects()).tick(AnswerKey.personal(space, checklist, "coach", "alice"), checked,
                "alice", pageId, NOON);
    }

    /** As the AO plugin runs a task: in its own transaction, on the ActiveObjects it hands over. */
    private void upgrade(ActiveObjects ao) {
        RegistryUpgradeTask001 task = new RegistryUpgradeTask001(
                new StoredPages(confluence.pageManager, confluence.spaceManager, new Catalog()), clock);
        ao.executeInTransaction(() -> {
            task.upgrade(ModelVersion.valueOf(null), ao);
            return null;
        });
    }

    @Test
    void every_answered_checklist_is_registered_with_its_page_s_settings() {
        Space cdp = confluence.space("CDP");
        confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));
        confluence.publishedPage(43, cdp, ConfluenceFixture.checklistMacro("launch-2027", "personal"));
        confluence.publishedPage(44, cdp, ConfluenceFixture.checklistMacro("never-answered", "personal"));
        answer("CDP", "readiness", 42, true);
        answer("CDP", "launch-2027", 43, true);

        upgrade(database.activeObjects());

        assertEquals(List.of(
                        new RegisteredPage("CDP", 42, new PageChecklist("readiness", "shared", List.of()), NOON),
                        new RegisteredPage("CDP", 43, new PageChecklist("launch-2027", "personal", List.of()), NOON)),
                Stores.on(database, clock).registry.space("CDP"));
    }

    @Test
    void a_page_known_only_from_the_history_is_registered_too() {
        Space cdp = confluence.space("CDP");
        confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "personal"));
        confluence.publishedPage(45, cdp, ConfluenceFixture.checklistMacro("readiness", "personal"));
        answer("CDP", "readiness", 45, true);
        answer("CDP", "readiness", 42, false);

        upgrade(database.activeObjects());

        assertEquals(List.of(42L, 45L), Stores.on(database, clock).registry.space("CDP").stream()
                .map(RegisteredPage::pageId).toList());
    }

    @Test
    void trashed_and_deleted_pages_register_nothing() {
        Space cdp = confluence.space("CDP");
        Page trashed = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "personal"));
        when(trashed.isCurrent()).thenReturn(false);
        answer("CDP", "readiness", 42, true);
        answer("CDP", "launch-2027", 99, true);

        upgrade(database.activeObjects());

        assertEquals(List.of(), Stores.on(database, clock).registry.space("CDP"));
    }

    @Test
    void it_is_model_version_1_and_running_it_again_changes_nothing() {
        Space cdp = confluence.space("CDP");
        confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));
        answer("CDP", "readiness", 42, true);

        upgrade(database.activeObjects());
        upgrade(database.activeObjects());

        assertEquals("1", new RegistryUpgradeTask001(id -> java.util.Optional.empty(), clock).getModelVersion().toString());
        assertEquals(1, Stores.on(database, clock).registry.space("CDP").size());
    }
}
