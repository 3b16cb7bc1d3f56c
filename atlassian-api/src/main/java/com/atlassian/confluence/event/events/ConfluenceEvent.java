package com.atlassian.confluence.event.events;

/**
 * VERIFIED.md "Page events (issue 12)": the abstract root of Confluence's events, Serializable. Its superclasses
 * (atlassian-event's Event, Spring's ApplicationEvent) are flattened away: the app only receives events.
 */
public abstract class ConfluenceEvent implements java.io.Serializable {
    public ConfluenceEvent(Object source) {
    }
}
