package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * confluence-api.md §2.8 PermissionManager and VERIFIED.md §4: the ConfluenceUser overload (8.8+, 9.x, 10.x).
 * TARGET_APPLICATION is an Object, not a compile-time constant: the real value is read at runtime.
 */
public interface PermissionManager {
    Object TARGET_APPLICATION = "APPLICATION";

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);
}
