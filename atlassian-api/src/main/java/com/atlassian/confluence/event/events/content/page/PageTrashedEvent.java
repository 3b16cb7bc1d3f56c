package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.user.User;

/** VERIFIED.md "Page events (issue 12)": public class extends PageEvent; the page went to the space's trash. */
public class PageTrashedEvent extends PageEvent {
    public PageTrashedEvent(Object source, Page trashedPage, User trasher, boolean suppressNotifications) {
        super(source, trashedPage, suppressNotifications);
    }
}
