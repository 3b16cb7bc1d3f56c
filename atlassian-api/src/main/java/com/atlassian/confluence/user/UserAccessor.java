package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** VERIFIED.md §5 UserAccessor (interface): the user for a key, null when unknown. */
public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey key);

    /** The user with this username, null when unknown (DF 8.7.2 UserAccessor l.58, @Nullable). */
    ConfluenceUser getUserByName(String name);
}
