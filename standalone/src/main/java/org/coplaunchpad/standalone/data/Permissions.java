package org.coplaunchpad.standalone.data;

import java.util.Optional;

/**
 * Who may do what on the host: the one place that decides. As in Confluence, space permissions are granted to
 * users or groups; Confluence administrators manage the site but see a space's content only when granted.
 * Anonymous access is off: an anonymous visitor may do nothing. Every user holds a Confluence licence (the host has no
 * unlicensed users and no limited unlicensed access); Confluence administrators are system administrators too.
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

    /**
     * Whether {@code remover} may remove {@code target}, as Confluence decides it (confluence-8.7.2
     * UserPermissionsDelegate.canRemove and PersonServiceImpl.validateDelete): a Confluence or system administrator, and
     * nobody removes themselves. Only a system administrator may remove a system administrator: on the host every
     * Confluence administrator is one. Who wrote content is no reason to refuse (Confluence 6.13 and later).
     */
    public boolean canRemoveUser(Optional<User> remover, User target) {
        if (remover.isEmpty() || remover.get().username().equals(target.username())) {
            return false;
        }
        return isSystemAdministrator(Optional.of(target)) ? isSystemAdministrator(remover)
                : isConfluenceAdministrator(remover) || isSystemAdministrator(remover);
    }

    /** Whether the user holds a product licence: every signed-in host user does. */
    public boolean isLicensed(Optional<User> user) {
        return user.isPresent();
    }

    public boolean isSystemAdministrator(Optional<User> user) {
        return isConfluenceAdministrator(user);
    }

    /** The site's anonymous access setting: off on the host. */
    public boolean anonymousAccessEnabled() {
        return false;
    }
}
