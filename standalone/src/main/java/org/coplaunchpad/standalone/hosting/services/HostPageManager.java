package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import java.util.List;
import org.coplaunchpad.standalone.data.PageStore;
import org.coplaunchpad.standalone.data.SpaceStore;

/**
 * PageManager: null for an unknown id, as in Confluence; a page in the trash is found by its id (not current), not
 * by its title. A title is looked up ignoring case, as Confluence's HibernatePageDao lower-cases it before its query
 * (VERIFIED.md, "Blueprint page titles (issue 9)").
 */
public final class HostPageManager implements PageManager {
    private final PageStore pages;
    private final SpaceStore spaces;

    public HostPageManager(PageStore pages, SpaceStore spaces) {
        this.pages = pages;
        this.spaces = spaces;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return pages.findAnyStatus(id).map(this::page).orElse(null);
    }

    @Override
    public Page getPage(String spaceKey, String pageTitle) {
        if (spaceKey == null || pageTitle == null) {
            return null;
        }
        return pages.findTitled(spaceKey, pageTitle).map(this::page).orElse(null);
    }

    /** The space's pages in tree order: the current ones, or all of them with the trash. */
    @Override
    public List<Page> getPages(Space space, boolean currentOnly) {
        String key = space.getKey();
        return (currentOnly ? pages.inSpace(key) : pages.inSpaceAnyStatus(key)).stream().map(this::page).toList();
    }

    private Page page(org.coplaunchpad.standalone.data.Page page) {
        return new HostPage(page, spaces.find(page.spaceKey()).map(HostSpace::new).orElseThrow());
    }
}
