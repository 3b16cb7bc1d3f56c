package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;
import java.util.Objects;

/** VERIFIED.md "Page events (issue 12)": abstract class extends ContentEvent; the page is never null. */
public abstract class PageEvent extends ContentEvent {
    private final Page page;

    @Deprecated
    public PageEvent(Object source, Page page, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.page = Objects.requireNonNull(page);
    }

    public Page getPage() {
        return page;
    }
}
