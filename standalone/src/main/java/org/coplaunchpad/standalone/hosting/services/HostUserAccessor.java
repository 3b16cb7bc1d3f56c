package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import org.coplaunchpad.standalone.data.UserStore;

/**
 * UserAccessor: null for an unknown key, as in Confluence; a removed user's key gives what Confluence keeps of a
 * deleted user (name = key, full name = its alias).
 */
public final class HostUserAccessor implements UserAccessor {
    private final UserStore users;

    public HostUserAccessor(UserStore users) {
        this.users = users;
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null ? null : users.findByKey(key.getStringValue()).map(HostConfluenceUser::of).orElse(null);
    }

    /** An active user by username; null once removed, as Confluence rewrites a removed user's name to its key. */
    @Override
    public ConfluenceUser getUserByName(String name) {
        return name == null ? null : users.find(name).map(HostConfluenceUser::of).orElse(null);
    }
}
