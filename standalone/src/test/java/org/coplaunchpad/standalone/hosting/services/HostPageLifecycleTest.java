package org.coplaunchpad.standalone.hosting.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.event.api.EventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coplaunchpad.standalone.data.Database;
import org.coplaunchpad.standalone.data.HostData;
import org.coplaunchpad.standalone.data.HostSchema;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page change publishes the event Confluence publishes for it, with the page as the listener must see it
 * (current or not, never a draft), synchronously and inside the change's transaction; a refused change publishes
 * nothing. The page manager sees the trash as Confluence's does: by id, not by title nor among current pages.
 */
class HostPageLifecycleTest {
    private static final User COACH = new User("coach", "Camille Coach", "coach@example.org", Locale.FRENCH, false);

    /** What a listener saw of each event, at the moment it was published. */
    private record Seen(Class<?> type, long pageId, boolean current, boolean draft, String body,
                        boolean inTransaction, boolean stillStored) {
    }

    /** A listener registered as the app registers its own: public @EventListener methods. */
    public final class Recorder {
        @EventListener
        public void onPageEvent(PageEvent event) {
            seen.add(new Seen(event.getClass(), event.getPage().getId(), event.getPage().isCurrent(),
                    event.getPage().isDraft(), event.getPage().getBodyContent().getBody(),
                    database.transactions().currentConnection().isPresent(),
                    data.pages().findAnyStatus(event.getPage().getId()).isPresent()));
            if (failing) {
                throw new IllegalStateException("a listener failed");
            }
        }
    }

    private final List<Seen> seen = new ArrayList<>();
    private boolean failing;
    private Database database;
    private HostData data;
    private HostPageLifecycle lifecycle;
    private HostPageManager pageManager;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        HostSchema.create(database);
        data = HostData.on(database);
        data.spaces().create("CDP", "Communauté");
        HostEventPublisher events = new HostEventPublisher();
        events.register(new Recorder());
        lifecycle = new HostPageLifecycle(data.pages(), data.spaces(), events, database.transactions());
        pageManager = new HostPageManager(data.pages(), data.spaces());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Page create(String title, Long parent) {
        return lifecycle.create("CDP", parent, title, "<p>" + title + "</p>", "coach");
    }

    private Seen last() {
        return seen.get(seen.size() - 1);
    }

    @Test
    void publishing_a_page_sends_page_create_event_inside_its_transaction() {
        Page page = create("Accueil", null);

        assertEquals(List.of(new Seen(PageCreateEvent.class, page.id(), true, false, "<p>Accueil</p>", true, true)), seen);
    }

    @Test
    void a_new_version_sends_page_update_event_with_the_new_body_and_a_stale_one_sends_nothing() {
        Page page = create("Accueil", null);

        assertTrue(lifecycle.update(page.id(), 1, "Accueil", "<p>v2</p>", "coach", PageUpdateTrigger.EDIT_PAGE));
        assertFalse(lifecycle.update(page.id(), 1, "Accueil", "<p>late</p>", "alice", PageUpdateTrigger.UNKNOWN));

        assertEquals(2, seen.size());
        assertEquals(new Seen(PageUpdateEvent.class, page.id(), true, false, "<p>v2</p>", true, true), last());
        assertEquals(2, data.pages().find(page.id()).orElseThrow().version());
    }

    @Test
    void trashing_sends_page_trashed_event_with_a_page_no_longer_current_and_hides_it_from_titles_and_lists() {
        Page parent = create("Parent", null);
        Page child = create("Enfant", parent.id());

        assertTrue(lifecycle.trash(parent, COACH));

        assertEquals(new Seen(PageTrashedEvent.class, parent.id(), false, false, "<p>Parent</p>", true, true), last());
        assertTrue(data.pages().find(parent.id()).isEmpty(), "not viewable");
        assertNull(pageManager.getPage("CDP", "Parent"), "not found by title");
        assertFalse(pageManager.getAbstractPage(parent.id()).isCurrent(), "found by id, in the trash");
        assertEquals(List.of(child.id()), pageManager.getPages(pageManager.getAbstractPage(child.id()).getSpace(), true)
                .stream().map(com.atlassian.confluence.pages.Page::getId).toList());
        assertEquals(2, pageManager.getPages(pageManager.getAbstractPage(child.id()).getSpace(), false).size());
        assertNull(data.pages().find(child.id()).orElseThrow().parentId(), "its children move to the top, as Page.trash()");
        assertFalse(lifecycle.trash(parent, COACH), "a page in the trash cannot be trashed again");
        assertEquals(3, seen.size());
    }

    @Test
    void restoring_sends_page_restore_event_with_the_page_current_again_at_its_version() {
        Page page = create("Accueil", null);
        lifecycle.trash(page, COACH);

        assertTrue(lifecycle.restore(page));

        assertEquals(new Seen(PageRestoreEvent.class, page.id(), true, false, "<p>Accueil</p>", true, true), last());
        assertEquals(1, data.pages().find(page.id()).orElseThrow().version());
        assertFalse(lifecycle.restore(page), "only a page in the trash is restored");
    }

    @Test
    void purging_sends_page_remove_event_before_the_page_and_its_history_go() {
        Page page = create("Accueil", null);
        lifecycle.update(page.id(), 1, "Accueil", "<p>v2</p>", "coach", PageUpdateTrigger.EDIT_PAGE);
        assertFalse(lifecycle.purge(page), "a current page must be trashed first");
        lifecycle.trash(page, COACH);

        assertTrue(lifecycle.purge(page));

        assertEquals(new Seen(PageRemoveEvent.class, page.id(), false, false, "<p>v2</p>", true, true), last(),
                "the listener still finds the page, as Confluence publishes before it removes");
        assertTrue(data.pages().findAnyStatus(page.id()).isEmpty());
        assertNull(pageManager.getAbstractPage(page.id()));
    }

    @Test
    void a_failing_listener_is_logged_and_the_page_is_saved_all_the_same() {
        failing = true;

        Page page = create("Accueil", null);

        assertEquals(1, seen.size());
        assertTrue(data.pages().find(page.id()).isPresent());
    }

    @Test
    void a_title_left_by_a_trashed_page_can_be_taken_and_the_trashed_page_keeps_it() {
        Page trashed = create("Accueil", null);
        lifecycle.trash(trashed, COACH);

        Page again = create("Accueil", null);

        assertEquals(again.id(), pageManager.getPage("CDP", "accueil").getId());
        assertEquals("Accueil", pageManager.getAbstractPage(trashed.id()).getTitle());
    }
}
