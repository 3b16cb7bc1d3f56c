package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;

/** VERIFIED.md "Page events (issue 12)": public class extends PageEvent; getPage() is the new version. */
public class PageUpdateEvent extends PageEvent {
    @Deprecated
    public PageUpdateEvent(Object source, Page updatedPage, AbstractPage originalPage, boolean suppressNotifications,
                           PageUpdateTrigger updateTrigger) {
        super(source, updatedPage, suppressNotifications);
    }
}
