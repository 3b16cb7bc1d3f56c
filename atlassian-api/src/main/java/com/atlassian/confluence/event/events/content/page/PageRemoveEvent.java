package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * VERIFIED.md "Page events (issue 12)": public class extends PageEvent; the page was purged, or a draft was
 * removed (Confluence publishes this event for drafts too).
 */
public class PageRemoveEvent extends PageEvent {
    public PageRemoveEvent(Object source, Page removedPage) {
        super(source, removedPage, false);
    }
}
