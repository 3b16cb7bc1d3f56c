package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** VERIFIED.md "Page events (issue 12)": public class extends PageEvent; a page was published (not a draft save). */
public class PageCreateEvent extends PageEvent {
    @Deprecated
    public PageCreateEvent(Object source, Page page) {
        super(source, page, false);
    }
}
