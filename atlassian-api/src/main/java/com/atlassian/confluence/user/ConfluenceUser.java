package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** confluence-api.md §2.8 ConfluenceUser (interface extends User); VERIFIED.md §5. */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
