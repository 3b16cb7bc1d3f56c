package com.atlassian.sal.api.user;

/**
 * confluence-api.md §2.5 UserManager (interface); VERIFIED.md §2. Only container-neutral members: the current
 * user's key (null when anonymous) and a user's profile (null when unknown).
 */
public interface UserManager {
    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);
}
