package com.atlassian.sal.api.user;

/** confluence-api.md §2.5 UserProfile (interface); VERIFIED.md §2. Only the members the app calls. */
public interface UserProfile {
    UserKey getUserKey();

    String getFullName();
}
