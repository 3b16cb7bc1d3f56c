package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** VERIFIED.md "Page events (issue 12)": public class extends PageEvent; the page came back from the trash. */
public class PageRestoreEvent extends PageEvent {
    public PageRestoreEvent(Object source, Page page) {
        super(source, page, false);
    }
}
