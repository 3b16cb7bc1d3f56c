package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;

/**
 * SAL UserManager: the user of the current request (null when anonymous) and profiles by key, a removed user's too
 * (confluence-sal-plugin ConfluenceUserManager goes through UserAccessor.getUserByKey).
 */
public final class HostUserManager implements UserManager {
    private final UserStore users;

    public HostUserManager(UserStore users) {
        this.users = users;
    }

    @Override
    public UserKey getRemoteUserKey() {
        return CurrentRequest.get().flatMap(CurrentRequest::user).map(User::username).map(UserKey::new).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.findByKey(userKey.getStringValue()).map(HostConfluenceUser::of).orElse(null);
    }
}
