package org.coplaunchpad.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.admin.AsyncImportFinishedEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.importexport.ImportContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RefusedMove;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.ChecklistMode;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.FailingDatabase;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The registry follows Confluence's page events, sent as the event classes are declared: published, edited, trashed,
 * restored, purged and moved pages, drafts ignored, imported spaces re-scanned; and no failure leaves a listener.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageEventListenerTest {
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

    private StoreDatabase database;
    private FailingDatabase failing;
    private Stores stores;
    private ConfluenceFixture confluence;
    private EventPublisher eventPublisher;
    private PageEventListener listener;
    private Space cdp;
    private Space ops;

    @BeforeAll
    void openDatabase() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        failing = FailingDatabase.on(database);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        stores = new Stores(failing.activeObjects(), failing.sql(), clock);
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void freshConfluence() {
        failing.recover();
        database.clear();
        confluence = new ConfluenceFixture();
        cdp = confluence.space("CDP");
        ops = confluence.space("OPS");
        eventPublisher = mock(EventPublisher.class);
        ChecklistRegistry registry = new ChecklistRegistry(stores.registry, stores.pageMoves,
                new StoredPages(confluence.pageManager, confluence.spaceManager, new Catalog()), stores.summaries);
        listener = new PageEventListener(eventPublisher, registry);
    }

    private List<String> checklists(String spaceKey) {
        return stores.registry.space(spaceKey).stream().map(page -> page.checklist() + "@" + page.pageId()).toList();
    }

    private static PageUpdateEvent edited(Page page) {
        return new PageUpdateEvent(PageEventListenerTest.class, page, null, false, PageUpdateTrigger.EDIT_PAGE);
    }

    private static PageMoveEvent moved(Page page, Space oldSpace, List<Page> movedPages) {
        return new PageMoveEvent(PageEventListenerTest.class, page, movedPages, oldSpace, null, null, null, false);
    }

    private void tick(String spaceKey, String member, String item) {
        stores.answers.record(new GivenAnswer(AnswerKey.personal(spaceKey, "readiness", item, member), Answer.YES, member, 42L));
    }

    @Test
    void it_listens_while_the_app_is_enabled_and_stops_when_it_is_disabled() {
        listener.afterPropertiesSet();
        verify(eventPublisher).register(listener);

        listener.destroy();
        verify(eventPublisher).unregister(listener);
    }

    @Test
    void each_handler_is_an_event_listener_method_taking_one_declared_event_class() {
        Map<String, Class<?>> handled = Arrays.stream(PageEventListener.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventListener.class))
                .collect(Collectors.toMap(Method::getName, method -> method.getParameterTypes()[0]));

        assertEquals(Map.of("onPageCreated", PageCreateEvent.class, "onPageUpdated", PageUpdateEvent.class,
                "onPageTrashed", PageTrashedEvent.class, "onPageRestored", PageRestoreEvent.class,
                "onPageRemoved", PageRemoveEvent.class, "onPageMoved", PageMoveEvent.class,
                "onImportFinished", AsyncImportFinishedEvent.class), handled);
    }

    @Test
    void a_published_page_registers_its_checklist_with_its_mode_before_anyone_answers() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));

        listener.onPageCreated(new PageCreateEvent(this, page));

        List<RegisteredPage> pages = stores.registry.space("CDP");
        assertEquals(1, pages.size());
        assertEquals(new PageChecklist("readiness", "shared", List.of()), pages.get(0).settings());
    }

    @Test
    void an_edit_that_changes_the_sections_changes_the_registered_sections() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "personal"));
        listener.onPageCreated(new PageCreateEvent(this, page));
        Page edited = confluence.publishedPage(42, cdp, "<ac:structured-macro ac:name=\"cop-readiness-checklist\">"
                + "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>");

        listener.onPageUpdated(edited(edited));

        assertEquals(List.of("fundamentals"), stores.registry.page(42).get(0).settings().sections());
    }

    @Test
    void an_edit_that_removes_the_macro_unregisters_the_checklist() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "personal"));
        listener.onPageCreated(new PageCreateEvent(this, page));

        listener.onPageUpdated(edited(confluence.publishedPage(42, cdp, "<p>Plus de liste.</p>")));

        assertTrue(checklists("CDP").isEmpty());
    }

    @Test
    void trashing_the_last_page_removes_the_checklist_and_restoring_it_brings_it_back() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));
        listener.onPageCreated(new PageCreateEvent(this, page));

        listener.onPageTrashed(new PageTrashedEvent(this, page, null, false));
        assertTrue(checklists("CDP").isEmpty());

        listener.onPageRestored(new PageRestoreEvent(this, page));
        assertEquals(List.of("readiness@42"), checklists("CDP"));
    }

    @Test
    void purging_a_page_forgets_it() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));
        listener.onPageCreated(new PageCreateEvent(this, page));

        listener.onPageRemoved(new PageRemoveEvent(this, page));

        assertTrue(checklists("CDP").isEmpty());
    }

    @Test
    void drafts_are_ignored_removing_one_keeps_the_published_page_s_checklist() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));
        listener.onPageCreated(new PageCreateEvent(this, page));
        Page draft = mock(Page.class);
        when(draft.getId()).thenReturn(42L);
        when(draft.isDraft()).thenReturn(true);
        when(draft.getSpaceKey()).thenReturn("CDP");

        listener.onPageRemoved(new PageRemoveEvent(this, draft));
        listener.onPageUpdated(edited(draft));
        listener.onPageCreated(new PageCreateEvent(this, draft));

        assertEquals(List.of(new RegisteredPage("CDP", 42, new PageChecklist("readiness", "shared", List.of()), NOON)),
                stores.registry.space("CDP"));
    }

    @Test
    void moving_the_last_page_across_spaces_moves_the_registry_answers_and_history() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "personal"));
        listener.onPageCreated(new PageCreateEvent(this, page));
        tick("CDP", "alice", "coach");
        confluence.movedTo(page, ops);

        listener.onPageMoved(moved(page, cdp, List.of(page)));

        assertTrue(checklists("CDP").isEmpty());
        assertEquals(0, stores.answers.read("CDP", "readiness", Optional.empty(), false).respondents());
        assertEquals(List.of("readiness@42"), checklists("OPS"));
        assertEquals(1, stores.answers.read("OPS", "readiness", Optional.empty(), false).counts("coach").yes());
        assertEquals(1, stores.answers.history("OPS", "readiness").size());
    }

    @Test
    void a_moved_page_s_descendants_move_in_the_same_event() {
        Page parent = confluence.publishedPage(41, cdp, "<p>Démarrage</p>");
        Page child = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "personal"));
        listener.onPageCreated(new PageCreateEvent(this, child));
        tick("CDP", "alice", "coach");
        confluence.movedTo(parent, ops);
        confluence.movedTo(child, ops);

        listener.onPageMoved(moved(parent, cdp, List.of(parent, child)));

        assertEquals(List.of("readiness@42"), checklists("OPS"));
        assertEquals(1, stores.answers.read("OPS", "readiness", Optional.empty(), false).respondents());
    }

    @Test
    void a_move_into_a_space_that_has_the_checklist_moves_no_answer_and_both_spaces_know_why() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "personal"));
        Page other = confluence.publishedPage(90, ops, ConfluenceFixture.checklistMacro("readiness", "personal"));
        listener.onPageCreated(new PageCreateEvent(this, page));
        listener.onPageCreated(new PageCreateEvent(this, other));
        tick("CDP", "alice", "coach");
        confluence.movedTo(page, ops);

        listener.onPageMoved(moved(page, cdp, List.of(page)));

        assertEquals(1, stores.answers.read("CDP", "readiness", Optional.empty(), false).respondents());
        assertEquals(0, stores.answers.read("OPS", "readiness", Optional.empty(), false).respondents());
        RefusedMove refused = new RefusedMove("readiness", "CDP", "OPS", 42, NOON);
        assertEquals(List.of(refused), stores.registry.refusedMoves("CDP"));
        assertEquals(List.of(refused), stores.registry.refusedMoves("OPS"));
    }

    @Test
    void a_space_import_rescans_the_space() {
        confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));
        stores.registry.register(77, "CDP", List.of(new PageChecklist("gone", "personal", List.of())));
        ImportContext context = mock(ImportContext.class);
        when(context.getSpaceKeyOfSpaceImport()).thenReturn("CDP");

        listener.onImportFinished(new AsyncImportFinishedEvent(this, context));

        assertEquals(List.of("readiness@42"), checklists("CDP"));
        assertEquals(ChecklistMode.SHARED.parameterValue(), stores.registry.page(42).get(0).settings().mode());
    }

    @Test
    void a_site_import_rescans_nothing() {
        confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));

        listener.onImportFinished(new AsyncImportFinishedEvent(this, mock(ImportContext.class)));

        assertTrue(checklists("CDP").isEmpty());
    }

    @Test
    void a_failing_store_does_not_throw_out_of_any_listener() {
        Page page = confluence.publishedPage(42, cdp, ConfluenceFixture.checklistMacro("readiness", "shared"));
        ImportContext context = mock(ImportContext.class);
        when(context.getSpaceKeyOfSpaceImport()).thenReturn("CDP");
        confluence.movedTo(page, ops);
        failing.stop();

        assertAll(
                () -> assertDoesNotThrow(() -> listener.onPageCreated(new PageCreateEvent(this, page))),
                () -> assertDoesNotThrow(() -> listener.onPageUpdated(edited(page))),
                () -> assertDoesNotThrow(() -> listener.onPageTrashed(new PageTrashedEvent(this, page, null, false))),
                () -> assertDoesNotThrow(() -> listener.onPageRestored(new PageRestoreEvent(this, page))),
                () -> assertDoesNotThrow(() -> listener.onPageRemoved(new PageRemoveEvent(this, page))),
                () -> assertDoesNotThrow(() -> listener.onPageMoved(moved(page, cdp, List.of(page)))),
                () -> assertDoesNotThrow(() -> listener.onImportFinished(new AsyncImportFinishedEvent(this, context))));
    }

    @Test
    void a_page_that_cannot_be_read_does_not_throw_out_of_the_listener() {
        Page page = mock(Page.class);
        when(page.getBodyContent()).thenThrow(new UnsupportedOperationException("body type"));

        assertDoesNotThrow(() -> listener.onPageCreated(new PageCreateEvent(this, page)));
    }
}
