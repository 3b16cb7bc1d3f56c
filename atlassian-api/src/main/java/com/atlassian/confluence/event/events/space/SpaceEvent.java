package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.spaces.Space;

/**
 * confluence-api.md §2.9 SpaceEvent and VERIFIED.md §7: abstract class extends ConfluenceEvent, declaring getSpace().
 * ConfluenceEvent's own superclasses (Event, ApplicationEvent) are flattened away: the app only receives events.
 */
public abstract class SpaceEvent extends ConfluenceEvent {
    private final Space space;

    public SpaceEvent(Object source, Space space) {
        super(source);
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}
