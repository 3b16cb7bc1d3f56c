package com.atlassian.sal.api.user;

import java.io.Serializable;

/**
 * confluence-api.md §2.5 UserKey and VERIFIED.md §2: a final value class. The host uses this very class as its
 * user key, so it behaves as the real one does (equal when the string values are equal).
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        if (userkey == null) {
            throw new NullPointerException("userkey");
        }
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((UserKey) other).userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
