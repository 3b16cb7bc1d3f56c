package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

/**
 * confluence-api.md §8 "user events"; VERIFIED.md "User removal (issue 13)": public class extends UserEvent, only the
 * ctor {@code (Object, User)}. Its marker interface {@code event.events.types.Removed} is flattened (rule 5): the app
 * never names it. Confluence publishes it with the ConfluenceUser, before the username is rewritten to the key.
 */
public class UserRemoveEvent extends UserEvent {
    public UserRemoveEvent(Object source, User user) {
        super(source, user);
    }
}
