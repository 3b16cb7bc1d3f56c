package org.coplaunchpad.answers;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.coplaunchpad.EventListening;
import org.springframework.stereotype.Component;

/**
 * When Confluence removes a space, the space's answers, their history and its settings go with it. Listens while
 * the app is enabled ({@link EventListening}).
 */
@Component
public class SpaceRemovalListener extends EventListening {
    private final SpaceErasure spaceErasure;

    public SpaceRemovalListener(@ComponentImport EventPublisher eventPublisher, SpaceErasure spaceErasure) {
        super(eventPublisher);
        this.spaceErasure = spaceErasure;
    }

    @EventListener
    public void onSpaceRemoved(SpaceRemoveEvent event) {
        if (event.getSpace() != null) {
            spaceErasure.forget(event.getSpace().getKey());
        }
    }
}
