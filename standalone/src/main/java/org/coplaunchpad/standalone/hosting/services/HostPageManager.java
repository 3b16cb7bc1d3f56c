package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.coplaunchpad.standalone.data.PageStore;
import org.coplaunchpad.standalone.data.SpaceStore;

/**
 * PageManager: null for an unknown id, as in Confluence. A title is looked up ignoring case, as Confluence's
 * HibernatePageDao lower-cases it before its query (VERIFIED.md, "Blueprint page titles (issue 9)").
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
        return pages.find(id).map(this::page).orElse(null);
    }

    @Override
    public Page getPage(String spaceKey, String pageTitle) {
        if (spaceKey == null || pageTitle == null) {
            return null;
        }
        return pages.findTitled(spaceKey, pageTitle).map(this::page).orElse(null);
    }

    private Page page(org.coplaunchpad.standalone.data.Page page) {
        return new HostPage(page, spaces.find(page.spaceKey()).map(HostSpace::new).orElseThrow());
    }
}
