package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import org.coplaunchpad.standalone.data.User;

/** A user as the Confluence and SAL APIs see them; the user key is the username (lower case). */
record HostConfluenceUser(String username, String fullName) implements ConfluenceUser, UserProfile {
    static HostConfluenceUser of(User user) {
        return new HostConfluenceUser(user.username(), user.fullName());
    }

    @Override
    public UserKey getKey() {
        return new UserKey(username);
    }

    @Override
    public UserKey getUserKey() {
        return getKey();
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getFullName() {
        return fullName;
    }
}
