package org.coplaunchpad.standalone.services;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.spaces.Space;
import org.coplaunchpad.standalone.store.Page;

/** Confluence's page class as the host provides it: a view of a stored page (body in storage format). */
final class HostPage extends AbstractPage {
    private final Page page;
    private final Space space;

    HostPage(Page page, Space space) {
        this.page = page;
        this.space = space;
    }

    @Override
    public long getId() {
        return page.id();
    }

    @Override
    public String getTitle() {
        return page.title();
    }

    @Override
    public String getBodyAsString() {
        return page.body();
    }

    @Override
    public Space getSpace() {
        return space;
    }

    @Override
    public String getSpaceKey() {
        return page.spaceKey();
    }
}
