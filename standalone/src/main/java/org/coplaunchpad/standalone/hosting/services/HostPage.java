package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.core.BodyContent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;

/** Confluence's page class as the host provides it: a view of a stored page (body in storage format). The host
 * keeps pages only, no blog posts, so every page it hands out is a {@link Page}. */
final class HostPage extends Page {
    private final org.coplaunchpad.standalone.data.Page page;
    private final Space space;

    HostPage(org.coplaunchpad.standalone.data.Page page, Space space) {
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

    /** Confluence: a copy, never null; the host keeps only storage-format bodies. */
    @Override
    public BodyContent getBodyContent() {
        return new HostBodyContent(page.body());
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
