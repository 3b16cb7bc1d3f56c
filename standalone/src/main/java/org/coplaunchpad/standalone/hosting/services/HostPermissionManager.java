package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;

/**
 * PermissionManager over the host's permission model (store.Permissions): a space or a page in it is checked
 * against the space's grants; ADMINISTER on TARGET_APPLICATION means Confluence administrator.
 */
public final class HostPermissionManager implements PermissionManager {
    private final Permissions permissions;
    private final UserStore users;

    public HostPermissionManager(Permissions permissions, UserStore users) {
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        Optional<User> who = user == null ? Optional.empty() : users.find(user.getKey().getStringValue());
        if (TARGET_APPLICATION.equals(target)) {
            return permission == Permission.ADMINISTER ? permissions.isConfluenceAdministrator(who) : who.isPresent();
        }
        String spaceKey;
        if (target instanceof Space space) {
            spaceKey = space.getKey();
        } else if (target instanceof SpaceContentEntityObject content) {
            spaceKey = content.getSpaceKey();
        } else {
            throw new IllegalArgumentException("The standalone host checks permissions on spaces, pages and"
                    + " TARGET_APPLICATION, not on " + target);
        }
        return permissions.has(who, spacePermission(permission), spaceKey);
    }

    private static SpacePermission spacePermission(Permission permission) {
        if (permission == Permission.VIEW) {
            return SpacePermission.VIEW;
        }
        if (permission == Permission.EDIT) {
            return SpacePermission.EDIT;
        }
        if (permission == Permission.ADMINISTER) {
            return SpacePermission.ADMINISTER;
        }
        throw new IllegalArgumentException("Unsupported permission " + permission);
    }
}
