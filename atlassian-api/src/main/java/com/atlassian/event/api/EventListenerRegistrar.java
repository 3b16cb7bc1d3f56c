package com.atlassian.event.api;

/** confluence-api.md §2.9 EventListenerRegistrar (interface); VERIFIED.md §7. */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);
}
