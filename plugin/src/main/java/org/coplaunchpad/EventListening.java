package org.coplaunchpad;

import com.atlassian.event.api.EventPublisher;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * A component that listens to Confluence's events while the app is enabled: registered with the event publisher
 * once Spring has built it, unregistered when the app is disabled or uninstalled. Spring's lifecycle interfaces
 * rather than javax/jakarta annotations, so that one source serves Confluence 9 and 10. Subclasses declare their
 * {@code @EventListener} methods.
 */
public abstract class EventListening implements InitializingBean, DisposableBean {
    private final EventPublisher eventPublisher;

    protected EventListening(EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    @Override
    public final void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public final void destroy() {
        eventPublisher.unregister(this);
    }
}
