package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.ConfluenceEvent;

/**
 * VERIFIED.md "Page events (issue 12)": abstract class extends ConfluenceEvent (its interfaces Contented and
 * Timestamped are flattened away). Only the constructor its subclasses need is declared.
 */
public abstract class ContentEvent extends ConfluenceEvent {
    @Deprecated
    public ContentEvent(Object source, boolean suppressNotifications) {
        super(source);
    }
}
