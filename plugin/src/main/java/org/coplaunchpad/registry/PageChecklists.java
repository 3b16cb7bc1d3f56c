package org.coplaunchpad.registry;

import java.util.List;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.ChecklistSettings;
import org.coplaunchpad.checklist.StoredChecklists;

/**
 * The parser of the registry: a page's body (storage format, from getBodyContent().getBody()) in, the registry
 * rows of its checklists out. Pure; the macros are read as the answering endpoint reads them ({@link StoredChecklists}).
 */
public final class PageChecklists {
    private final StoredChecklists storedChecklists;

    public PageChecklists(Catalog catalog) {
        this.storedChecklists = new StoredChecklists(catalog);
    }

    public List<PageChecklist> of(String storageFormat) {
        return storedChecklists.in(storageFormat).stream().map(PageChecklists::row).toList();
    }

    static PageChecklist row(ChecklistSettings settings) {
        return new PageChecklist(settings.checklist(), settings.mode().parameterValue(), settings.sections(),
                settings.reveal().parameterValue(), settings.confidential());
    }
}
