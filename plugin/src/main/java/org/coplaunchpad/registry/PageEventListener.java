package org.coplaunchpad.registry;

import com.atlassian.confluence.event.events.admin.AsyncImportFinishedEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.importexport.ImportContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.coplaunchpad.EventListening;
import org.springframework.stereotype.Component;

/**
 * Keeps the checklist registry true from Confluence's page events, listening while the app is enabled
 * ({@link org.coplaunchpad.EventListening}). A failure of the registry never reaches Confluence: the page save,
 * move or import that sent the event goes on, and the registry catches up at the page's next event or at a re-scan.
 * A failure is written to Confluence's log with what the registry could not follow (page ids and space keys, never a
 * person's name).
 */
@Component
public class PageEventListener extends EventListening {
    private static final Logger LOG = LoggerFactory.getLogger(PageEventListener.class);

    private final ChecklistRegistry registry;

    public PageEventListener(@ComponentImport EventPublisher eventPublisher, ChecklistRegistry registry) {
        super(eventPublisher);
        this.registry = registry;
    }

    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        safely(() -> "the creation of page " + event.getPage().getId(), () -> registry.pageSaved(event.getPage()));
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        safely(() -> "the update of page " + event.getPage().getId(), () -> registry.pageSaved(event.getPage()));
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        safely(() -> "the trashing of page " + event.getPage().getId(), () -> registry.pageGone(event.getPage()));
    }

    @EventListener
    public void onPageRestored(PageRestoreEvent event) {
        safely(() -> "the restoring of page " + event.getPage().getId(), () -> registry.pageSaved(event.getPage()));
    }

    /** Purged from the trash, or a draft removed (which the registry ignores). */
    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        safely(() -> "the removal of page " + event.getPage().getId(), () -> registry.pageGone(event.getPage()));
    }

    /** One event per move; the new space is the page's own (Confluence's event has no getNewSpace()). */
    @EventListener
    public void onPageMoved(PageMoveEvent event) {
        safely(() -> "the move of page " + event.getPage().getId(), () -> {
            Page page = event.getPage();
            Space newSpace = page.getSpace();
            List<Page> moved = event.getMovedPageList() == null ? List.of(page) : event.getMovedPageList();
            registry.pagesMoved(event.getOldSpace().getKey(), newSpace.getKey(), moved);
        });
    }

    /**
     * A space import publishes no page events: re-scan the imported space, as Confluence's inline-tasks plugin does.
     * A site import brings the app's own tables back with the rest, and on other cluster nodes the context is null.
     */
    @EventListener
    public void onImportFinished(AsyncImportFinishedEvent event) {
        safely(() -> "an import", () -> {
            ImportContext context = event.getImportContext();
            if (!event.isSiteImport() && context != null && context.getSpaceKeyOfSpaceImport() != null) {
                registry.rescan(context.getSpaceKeyOfSpaceImport());
            }
        });
    }

    /** {@code what} is only asked for when the work failed, and may fail itself (an event without a page). */
    private static void safely(Supplier<String> what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("CoP Launchpad: the checklist registry could not follow {}; it catches up at the page's next"
                    + " change or when a space administrator re-scans the space from the launch dashboard",
                    describe(what), e);
        }
    }

    private static String describe(Supplier<String> what) {
        try {
            return what.get();
        } catch (RuntimeException e) {
            return "an event";
        }
    }
}
