package org.coplaunchpad.standalone.services;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import org.coplaunchpad.standalone.store.PageStore;
import org.coplaunchpad.standalone.store.SpaceStore;

/** PageManager: null for an unknown id, as in Confluence. */
public final class HostPageManager implements PageManager {
    private final PageStore pages;
    private final SpaceStore spaces;

    public HostPageManager(PageStore pages, SpaceStore spaces) {
        this.pages = pages;
        this.spaces = spaces;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return pages.find(id)
                .<AbstractPage>map(page -> new HostPage(page, spaces.find(page.spaceKey()).map(HostSpace::new).orElseThrow()))
                .orElse(null);
    }
}
