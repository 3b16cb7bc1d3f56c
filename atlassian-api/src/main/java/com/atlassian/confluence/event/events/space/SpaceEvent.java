package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;

/**
 * confluence-api.md §2.9 SpaceEvent and VERIFIED.md §7: abstract class declaring getSpace(). Its superclasses
 * (ConfluenceEvent, Event, ApplicationEvent) are flattened away: the app only receives events and calls getSpace().
 */
public abstract class SpaceEvent {
    private final Space space;

    public SpaceEvent(Object source, Space space) {
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}
