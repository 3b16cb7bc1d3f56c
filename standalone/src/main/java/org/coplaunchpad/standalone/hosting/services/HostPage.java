package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.core.BodyContent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;

/** Confluence's page class as the host provides it: a view of a stored page (body in storage format). The host
 * keeps pages only, no blog posts, so every page it hands out is a {@link Page}; and no drafts (it has no rich
 * editor), so a page is current or trashed. */
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

    /** Confluence: content status "current", so false for a page in the trash. */
    @Override
    public boolean isCurrent() {
        return page.current();
    }

    @Override
    public boolean isDraft() {
        return false;
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
