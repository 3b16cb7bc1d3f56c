package org.coplaunchpad.registry;

import com.atlassian.confluence.pages.AbstractPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.coplaunchpad.answers.ChecklistMove;
import org.coplaunchpad.answers.OverviewSummaries;
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
    private final OverviewSummaries summaries;

    public ChecklistRegistry(RegistryStore store, PageMoves pageMoves, StoredPages storedPages,
                             OverviewSummaries summaries) {
        this.summaries = summaries;
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
        Set<String> spaces = spacesOf(page.getId());
        if (checklists.isEmpty() && spaces.isEmpty()) {
            return;   // most pages carry no checklist, before and after: nothing to register, no summary to lock
        }
        spaces.add(page.getSpaceKey());
        summaries.ofSpaces("register the checklists of a page", spaces,
                () -> store.register(page.getId(), page.getSpaceKey(), checklists));
    }

    /** The spaces the page is registered in now (one, unless a move is under way). */
    private Set<String> spacesOf(long pageId) {
        Set<String> spaces = new TreeSet<>();
        store.page(pageId).forEach(registered -> spaces.add(registered.spaceKey()));
        return spaces;
    }

    /** A page went to the trash or was purged: it carries no checklist any more. Removing a draft changes nothing. */
    public void pageGone(AbstractPage page) {
        if (page.isDraft()) {
            return;
        }
        Set<String> spaces = spacesOf(page.getId());
        if (!spaces.isEmpty()) {
            summaries.ofSpaces("forget the checklists of a page", spaces, () -> store.forget(page.getId()));
        }
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
        return summaries.ofSpaces("move pages with their checklists", List.of(fromSpace, toSpace),
                () -> pageMoves.move(fromSpace, toSpace, carried));
    }

    /** Registers the checklists of every current page of the space afresh (an import, or an administrator asked). */
    public int rescan(String spaceKey) {
        Map<Long, List<PageChecklist>> pages = storedPages.ofSpace(spaceKey);
        summaries.ofSpaces("re-scan the checklists of a space", List.of(spaceKey), () -> {
            store.replaceSpace(spaceKey, pages);
            return null;
        });
        return (int) pages.values().stream().flatMap(List::stream).map(PageChecklist::checklist).distinct().count();
    }

    /** The space's checklists, in the order their first page was registered. */
    public List<RegisteredChecklist> checklists(String spaceKey) {
        return grouped(store.space(spaceKey)).getOrDefault(spaceKey, List.of());
    }

    /**
     * The space's checklists made of its registered pages as already read (the dashboard reads them with the rest of
     * the space's records), in the order their first page was registered: what {@link #checklists(String)} gives.
     */
    public List<RegisteredChecklist> checklists(String spaceKey, List<RegisteredPage> registeredPages) {
        return grouped(registeredPages).getOrDefault(spaceKey, List.of());
    }

    /**
     * The checklists of several spaces in one query, by space (every space's when {@code spaceKeys} is empty: the
     * overview's download), each in the order its first page was registered.
     */
    public Map<String, List<RegisteredChecklist>> checklists(java.util.Collection<String> spaceKeys) {
        return grouped(store.spaces(spaceKeys));
    }

    private static Map<String, List<RegisteredChecklist>> grouped(List<RegisteredPage> rows) {
        Map<String, Map<String, List<RegisteredPage>>> bySpace = new LinkedHashMap<>();
        for (RegisteredPage page : rows) {
            bySpace.computeIfAbsent(page.spaceKey(), space -> new LinkedHashMap<>())
                    .computeIfAbsent(page.checklist(), name -> new ArrayList<>()).add(page);
        }
        Map<String, List<RegisteredChecklist>> checklists = new LinkedHashMap<>();
        bySpace.forEach((space, byName) -> byName.forEach((name, pages) -> checklists
                .computeIfAbsent(space, s -> new ArrayList<>()).add(new RegisteredChecklist(space, name, pages))));
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
