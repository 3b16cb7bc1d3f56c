package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** VERIFIED.md §5 UserAccessor (interface): the user for a key, null when unknown. */
public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey key);
}
