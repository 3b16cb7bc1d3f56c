package com.atlassian.event.api;

/** confluence-api.md §2.9 EventPublisher (interface extends EventListenerRegistrar); VERIFIED.md §7. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
