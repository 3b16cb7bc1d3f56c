package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What the registry's store keeps, on a real database: H2 and, when present (required in CI), PostgreSQL and MariaDB. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryStoreTest {
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");
    private static final PageChecklist READINESS_PERSONAL = new PageChecklist("readiness", "personal", List.of());
    private static final PageChecklist READINESS_SHARED = new PageChecklist("readiness", "shared", List.of("fundamentals"));
    private static final PageChecklist LAUNCH = new PageChecklist("launch-2027", "personal", List.of("fundamentals", "legitimacy"));

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private Stores stores;
    private RegistryStore registry;

    @BeforeParameterizedClassInvocation
    void openDatabase(TestDatabases.Kind kind) {
        database = StoreDatabase.open(kind);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        stores = Stores.on(database, clock);
        registry = stores.registry;
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTables() {
        database.clear();
    }

    @Test
    void a_registered_page_carries_its_checklists_with_their_settings() {
        assertTrue(registry.register(42, "CDP", List.of(READINESS_SHARED, LAUNCH)));

        List<RegisteredPage> pages = registry.space("CDP");

        assertEquals(List.of(new RegisteredPage("CDP", 42, READINESS_SHARED, NOON), new RegisteredPage("CDP", 42, LAUNCH, NOON)),
                pages);
        assertTrue(registry.has("CDP", "readiness"));
        assertFalse(registry.has("OPS", "readiness"));
    }

    @Test
    void pages_of_a_checklist_come_in_the_order_they_were_registered_and_an_edit_keeps_the_place() {
        registry.register(42, "CDP", List.of(READINESS_PERSONAL));
        registry.register(43, "CDP", List.of(READINESS_SHARED));

        assertTrue(registry.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of("legitimacy")))));

        List<RegisteredPage> pages = registry.checklist("CDP", "readiness");
        assertEquals(List.of(42L, 43L), pages.stream().map(RegisteredPage::pageId).toList());
        assertEquals(List.of("legitimacy"), pages.get(0).settings().sections());
    }

    @Test
    void registering_the_same_settings_again_changes_nothing() {
        registry.register(42, "CDP", List.of(READINESS_SHARED));

        assertFalse(registry.register(42, "CDP", List.of(READINESS_SHARED)));
    }

    @Test
    void a_checklist_the_page_no_longer_carries_loses_its_row() {
        registry.register(42, "CDP", List.of(READINESS_PERSONAL, LAUNCH));

        registry.register(42, "CDP", List.of(LAUNCH));

        assertEquals(List.of("launch-2027"), registry.page(42).stream().map(RegisteredPage::checklist).toList());
        assertFalse(registry.has("CDP", "readiness"));
    }

    @Test
    void forgetting_a_page_leaves_the_other_pages_of_its_checklist() {
        registry.register(42, "CDP", List.of(READINESS_PERSONAL));
        registry.register(43, "CDP", List.of(READINESS_PERSONAL));

        assertEquals(1, registry.forget(42));

        assertEquals(List.of(43L), registry.checklist("CDP", "readiness").stream().map(RegisteredPage::pageId).toList());
    }

    @Test
    void a_rescan_registers_what_it_found_and_forgets_the_pages_it_did_not_find() {
        registry.register(41, "CDP", List.of(LAUNCH));
        registry.register(42, "CDP", List.of(READINESS_PERSONAL));
        registry.register(90, "OPS", List.of(READINESS_PERSONAL));
        Map<Long, List<PageChecklist>> found = new LinkedHashMap<>();
        found.put(42L, List.of(READINESS_SHARED));
        found.put(44L, List.of(LAUNCH));

        registry.replaceSpace("CDP", found);

        assertEquals(List.of(new RegisteredPage("CDP", 42, READINESS_SHARED, NOON), new RegisteredPage("CDP", 44, LAUNCH, NOON)),
                registry.space("CDP"));
        assertEquals(1, registry.space("OPS").size());
    }

    @Test
    void names_with_quotes_and_unicode_are_kept_as_they_are() {
        PageChecklist odd = new PageChecklist("l'été.2027", "shared", List.of());

        registry.register(42, "ÉTÉ", List.of(odd));

        assertEquals(odd, registry.checklist("ÉTÉ", "l'été.2027").get(0).settings());
    }

    @Test
    void erasing_a_space_forgets_its_checklists_and_no_other_space_s() {
        registry.register(42, "CDP", List.of(READINESS_PERSONAL));
        registry.register(90, "OPS", List.of(READINESS_PERSONAL));

        stores.erasure.forget("CDP");

        assertTrue(registry.space("CDP").isEmpty());
        assertEquals(1, registry.space("OPS").size());
    }
}
