package org.coplaunchpad.answers;

import java.time.Instant;

/** One registry row: a page of a space carries a checklist with these settings, registered at that time. */
public record RegisteredPage(String spaceKey, long pageId, PageChecklist settings, Instant registeredAt) {
    public String checklist() {
        return settings.checklist();
    }
}
