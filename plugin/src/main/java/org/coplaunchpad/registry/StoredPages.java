package org.coplaunchpad.registry;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.answers.CarriedChecklists;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.catalog.Catalog;
import org.springframework.stereotype.Component;

/** Reads checklists from Confluence's pages as they are stored: one page, or every current page of a space. */
@Component
public class StoredPages implements CarriedChecklists {
    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final PageChecklists parser;

    public StoredPages(@ComponentImport PageManager pageManager, @ComponentImport SpaceManager spaceManager,
                       Catalog catalog) {
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.parser = new PageChecklists(catalog);
    }

    /** The checklists the page's stored body carries, drafts and trashed pages carrying none. */
    public List<PageChecklist> of(AbstractPage page) {
        return page.isDraft() ? List.of() : parser.of(page.getBodyContent().getBody());
    }

    @Override
    public Optional<CarryingPage> ofPage(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null || !page.isCurrent()) {
            return Optional.empty();
        }
        return Optional.of(new CarryingPage(pageId, page.getSpaceKey(), of(page)));
    }

    /** Every current page of the space that carries a checklist, with its checklists; empty for an unknown space. */
    public Map<Long, List<PageChecklist>> ofSpace(String spaceKey) {
        Map<Long, List<PageChecklist>> pages = new LinkedHashMap<>();
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null) {
            return pages;
        }
        for (Page page : pageManager.getPages(space, true)) {
            List<PageChecklist> checklists = of(page);
            if (!checklists.isEmpty()) {
                pages.put(page.getId(), checklists);
            }
        }
        return pages;
    }
}
