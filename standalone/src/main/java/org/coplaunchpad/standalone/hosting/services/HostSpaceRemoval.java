package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.event.api.EventPublisher;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.SpaceStore;

/**
 * Removing a space as Confluence does: its pages and permissions go with it, then {@link SpaceRemoveEvent} is
 * published so that apps forget the space too (the app deletes its answers). Listeners run synchronously, so the
 * app's data are gone when this returns.
 */
public final class HostSpaceRemoval {
    private final SpaceStore spaces;
    private final EventPublisher events;

    public HostSpaceRemoval(SpaceStore spaces, EventPublisher events) {
        this.spaces = spaces;
        this.events = events;
    }

    public void remove(Space space) {
        spaces.delete(space.key());
        // Confluence's progress meter is for its long-running task; listeners must cope with none.
        events.publish(new SpaceRemoveEvent(this, new HostSpace(space), null));
    }
}
