package org.coplaunchpad.answers;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * When Confluence removes a space, the space's answers, their history and its settings go with it. Registered with the
 * event publisher while the app is enabled, unregistered when it is disabled (Spring's lifecycle interfaces
 * rather than javax/jakarta annotations, so one source serves Confluence 9 and 10).
 */
@Component
public class SpaceRemovalListener implements InitializingBean, DisposableBean {
    private final EventPublisher eventPublisher;
    private final SpaceErasure spaceErasure;

    public SpaceRemovalListener(@ComponentImport EventPublisher eventPublisher, SpaceErasure spaceErasure) {
        this.eventPublisher = eventPublisher;
        this.spaceErasure = spaceErasure;
    }

    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onSpaceRemoved(SpaceRemoveEvent event) {
        if (event.getSpace() != null) {
            spaceErasure.forget(event.getSpace().getKey());
        }
    }
}
