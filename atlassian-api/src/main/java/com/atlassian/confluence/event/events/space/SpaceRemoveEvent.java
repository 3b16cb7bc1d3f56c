package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

/** confluence-api.md §2.9 SpaceRemoveEvent (class extends SpaceEvent) and its constructor; VERIFIED.md §7. */
public class SpaceRemoveEvent extends SpaceEvent {
    public SpaceRemoveEvent(Object source, Space removedSpace, ProgressMeter progressMeter) {
        super(source, removedSpace);
    }
}
