package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.AppClock;
import org.springframework.stereotype.Component;

/**
 * The checklist registry's store: which pages of a space carry which checklist, with which settings. The only class
 * that writes the registry at run time; every write is one transaction (joining the caller's, if any).
 */
@Component
public class RegistryStore {
    private final RegistryRows rows;
    private final Transactions transactions;
    private final AppClock clock;

    public RegistryStore(@ComponentImport ActiveObjects ao, Transactions transactions, AppClock clock) {
        this.rows = new RegistryRows(ao);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every registered page of a space, in the order of registration. */
    public List<RegisteredPage> space(String spaceKey) {
        return transactions.read("read the checklists of a space", () -> rows.ofSpace(spaceKey));
    }

    /** Every registered page of these spaces in one query, by registration (of every space when none is named). */
    public List<RegisteredPage> spaces(java.util.Collection<String> spaceKeys) {
        return transactions.read("read the checklists of spaces", () -> rows.ofSpaces(spaceKeys));
    }

    /** The pages of a space that carry a checklist, in the order of registration (the first one's settings count). */
    public List<RegisteredPage> checklist(String spaceKey, String checklist) {
        return transactions.read("read the pages of a checklist", () -> rows.ofChecklist(spaceKey, checklist));
    }

    /** The checklists registered for a page, wherever it is. */
    public List<RegisteredPage> page(long pageId) {
        return transactions.read("read the checklists of a page", () -> rows.ofPage(pageId));
    }

    /** Whether some page of the space carries that checklist. */
    public boolean has(String spaceKey, String checklist) {
        return transactions.read("look a checklist up", () -> rows.has(spaceKey, checklist));
    }

    /** The page, in that space, carries exactly these checklists now; returns whether the registry changed. */
    public boolean register(long pageId, String spaceKey, List<PageChecklist> checklists) {
        return transactions.write("register the checklists of a page",
                () -> rows.replacePage(pageId, spaceKey, checklists, clock.now()));
    }

    /** The page carries no checklist any more (trashed, purged); returns the rows deleted. */
    public int forget(long pageId) {
        return transactions.write("forget the checklists of a page", () -> rows.forgetPage(pageId));
    }

    /**
     * A re-scan of a space: its pages carry exactly these checklists (a page missing from the map carries none), in
     * one transaction.
     */
    public void replaceSpace(String spaceKey, Map<Long, List<PageChecklist>> pages) {
        transactions.write("re-scan the checklists of a space", () -> {
            for (RegisteredPage registered : rows.ofSpace(spaceKey)) {
                if (!pages.containsKey(registered.pageId())) {
                    rows.forgetPage(registered.pageId());
                }
            }
            pages.forEach((pageId, checklists) -> rows.replacePage(pageId, spaceKey, checklists, clock.now()));
            return null;
        });
    }

    /** One page no longer carries one checklist here (it joins another space's); joins the caller's transaction. */
    void forget(long pageId, String checklist) {
        transactions.write("forget a checklist of a page", () -> rows.forgetPageChecklist(pageId, checklist));
    }

    /** The moves from or to the space that were refused, oldest first (both dashboards say why). */
    public List<RefusedMove> refusedMoves(String spaceKey) {
        return transactions.read("read the refused moves of a space", () -> rows.refusals(spaceKey));
    }

    /** Joins the caller's transaction. */
    void recordRefusal(String checklist, String fromSpace, String toSpace, long pageId) {
        transactions.write("record a refused move", () -> {
            rows.recordRefusal(checklist, fromSpace, toSpace, pageId, clock.now());
            return null;
        });
    }

    /** The page moves again: what was refused for it no longer holds. Joins the caller's transaction. */
    void forgetRefusals(long pageId) {
        transactions.write("forget the refused moves of a page", () -> rows.forgetRefusals(pageId));
    }

    /** Moves a checklist's rows to another space; joins the caller's transaction. Returns the rows moved. */
    int moveChecklist(String checklist, String fromSpace, String toSpace) {
        return transactions.write("move a checklist's pages", () -> rows.moveChecklist(checklist, fromSpace, toSpace));
    }

    /** Deletes a space's rows and the refused moves from or to it; joins the caller's transaction. */
    int deleteSpace(String spaceKey) {
        return transactions.write("forget the checklists of a space", () -> rows.deleteSpace(spaceKey));
    }
}
