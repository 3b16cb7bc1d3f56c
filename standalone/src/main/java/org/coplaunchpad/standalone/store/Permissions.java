package org.coplaunchpad.standalone.store;

import java.util.Optional;

/**
 * Who may do what on the host: the one place that decides. As in Confluence, space permissions are granted to
 * users or groups; Confluence administrators manage the site but see a space's content only when granted.
 * Anonymous access is off: an anonymous visitor may do nothing.
 */
public final class Permissions {
    private final SpaceStore spaces;
    private final UserStore users;

    public Permissions(SpaceStore spaces, UserStore users) {
        this.spaces = spaces;
        this.users = users;
    }

    public boolean has(Optional<User> user, SpacePermission permission, String spaceKey) {
        if (user.isEmpty()) {
            return false;
        }
        String username = user.get().username();
        boolean viewer = spaces.granted(spaceKey, SpacePermission.VIEW, username, users.groups(username));
        // Edit and administer are only meaningful with view, as in Confluence's permission screen.
        return viewer && (permission == SpacePermission.VIEW
                || spaces.granted(spaceKey, permission, username, users.groups(username)));
    }

    public boolean canView(Optional<User> user, String spaceKey) {
        return has(user, SpacePermission.VIEW, spaceKey);
    }

    public boolean canEdit(Optional<User> user, String spaceKey) {
        return has(user, SpacePermission.EDIT, spaceKey);
    }

    public boolean isConfluenceAdministrator(Optional<User> user) {
        return user.map(User::confluenceAdministrator).orElse(false);
    }
}
