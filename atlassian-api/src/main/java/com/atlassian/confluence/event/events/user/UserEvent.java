package com.atlassian.confluence.event.events.user;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.user.User;

/**
 * confluence-api.md §8 "user events"; VERIFIED.md "User removal (issue 13)": public abstract class extends
 * ConfluenceEvent, ctor {@code (Object, User)}, {@code getUser()} the user the event is about.
 */
public abstract class UserEvent extends ConfluenceEvent {
    private final User user;

    public UserEvent(Object source, User user) {
        super(source);
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}
