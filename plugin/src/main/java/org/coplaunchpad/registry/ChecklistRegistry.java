package org.coplaunchpad.registry;

import com.atlassian.confluence.pages.AbstractPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.answers.ChecklistMove;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.PageMoves;
import org.coplaunchpad.answers.RefusedMove;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.RegistryStore;
import org.springframework.stereotype.Component;

/**
 * Which checklists exist in a space, on which pages, with which settings: kept true from Confluence's page events
 * (never by a page view), read by the dashboard. Pages are parsed before any transaction starts, so that a
 * malformed page cannot fail the database work that Confluence's own page save shares.
 */
@Component
public class ChecklistRegistry {
    private final RegistryStore store;
    private final PageMoves pageMoves;
    private final StoredPages storedPages;

    public ChecklistRegistry(RegistryStore store, PageMoves pageMoves, StoredPages storedPages) {
        this.store = store;
        this.pageMoves = pageMoves;
        this.storedPages = storedPages;
    }

    /** A page was published, edited or restored: it carries exactly the checklists of its stored body now. */
    public void pageSaved(AbstractPage page) {
        if (page.isDraft()) {
            return;
        }
        List<PageChecklist> checklists = storedPages.of(page);
        store.register(page.getId(), page.getSpaceKey(), checklists);
    }

    /** A page went to the trash or was purged: it carries no checklist any more. Removing a draft changes nothing. */
    public void pageGone(AbstractPage page) {
        if (page.isDraft()) {
            return;
        }
        store.forget(page.getId());
    }

    /**
     * Pages moved, maybe to another space: {@code movedPages} are the page and its descendants, as Confluence sends
     * them in one event. A checklist whose last pages left goes with them (answers and history too), unless the new
     * space has a checklist of that name; returns what became of each checklist.
     */
    public List<ChecklistMove> pagesMoved(String fromSpace, String toSpace, List<? extends AbstractPage> movedPages) {
        Map<Long, List<PageChecklist>> carried = new LinkedHashMap<>();
        for (AbstractPage page : movedPages) {
            if (!page.isDraft()) {
                carried.put(page.getId(), storedPages.of(page));
            }
        }
        return pageMoves.move(fromSpace, toSpace, carried);
    }

    /** Registers the checklists of every current page of the space afresh (an import, or an administrator asked). */
    public int rescan(String spaceKey) {
        Map<Long, List<PageChecklist>> pages = storedPages.ofSpace(spaceKey);
        store.replaceSpace(spaceKey, pages);
        return (int) pages.values().stream().flatMap(List::stream).map(PageChecklist::checklist).distinct().count();
    }

    /** The space's checklists, in the order their first page was registered. */
    public List<RegisteredChecklist> checklists(String spaceKey) {
        Map<String, List<RegisteredPage>> byName = new LinkedHashMap<>();
        for (RegisteredPage page : store.space(spaceKey)) {
            byName.computeIfAbsent(page.checklist(), name -> new ArrayList<>()).add(page);
        }
        List<RegisteredChecklist> checklists = new ArrayList<>();
        byName.forEach((name, pages) -> checklists.add(new RegisteredChecklist(spaceKey, name, pages)));
        return checklists;
    }

    /** The moves from or to the space that were refused because both spaces had a checklist of one name. */
    public List<RefusedMove> refusedMoves(String spaceKey) {
        return store.refusedMoves(spaceKey);
    }

    public Optional<RegisteredChecklist> checklist(String spaceKey, String name) {
        List<RegisteredPage> pages = store.checklist(spaceKey, name);
        return pages.isEmpty() ? Optional.empty() : Optional.of(new RegisteredChecklist(spaceKey, name, pages));
    }
}
