package org.coplaunchpad.access;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the app: the one place that decides. Read it and you know the permission model.
 * <ul>
 *   <li>Use the app at all (its endpoints): a signed-in user Confluence still knows. Anonymous visitors and
 *       deleted users may do nothing.</li>
 *   <li>Answer a checklist <b>for themselves</b> (personal mode): a member who can view the page that carries it.</li>
 *   <li>Answer a checklist <b>for the team</b> (shared mode): a member who can edit that page.</li>
 *   <li>See a space's launch dashboard and change its thresholds: the space's administrators and Confluence
 *       administrators.</li>
 *   <li>See the institution overview of every space: Confluence administrators only (the guard adds WebSudo).</li>
 * </ul>
 * Confluence's page permissions include the space permissions (a page is visible only to people who can view
 * its space), so checking the page is enough. Typed arguments only: this class knows no feature of the app.
 */
@Component
public class AccessPolicy {
    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final PermissionManager permissionManager;

    public AccessPolicy(@ComponentImport UserManager userManager, @ComponentImport UserAccessor userAccessor,
                        @ComponentImport PermissionManager permissionManager) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
        this.permissionManager = permissionManager;
    }

    /** The viewer of the current request. */
    public Viewer viewer() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Viewer.anonymous() : Viewer.user(key.getStringValue());
    }

    /**
     * The same viewer carrying the Confluence user its key names now: the guard looks the member up once, and the
     * checks that follow in the request (the page, the mode) reuse it. A user removed later in the same request keeps
     * the rights checked at its start, as a request's Hibernate session keeps the user it loaded in Confluence.
     */
    public Viewer lookedUp(Viewer viewer) {
        if (viewer.isAnonymous() || viewer.isLookedUp()) {
            return viewer;
        }
        return Viewer.lookedUp(viewer.key(), userAccessor.getUserByKey(new UserKey(viewer.key())));
    }

    public boolean isMember(Viewer viewer) {
        return user(viewer).isPresent();
    }

    public boolean mayView(Viewer viewer, ContentEntityObject page) {
        return has(viewer, Permission.VIEW, page);
    }

    public boolean mayAnswerForThemselves(Viewer viewer, ContentEntityObject page) {
        return has(viewer, Permission.VIEW, page);
    }

    public boolean mayAnswerForTheTeam(Viewer viewer, ContentEntityObject page) {
        return has(viewer, Permission.EDIT, page);
    }

    /** Whether the viewer may view the space (an action's owner must). */
    public boolean mayViewSpace(Viewer viewer, Space space) {
        return has(viewer, Permission.VIEW, space);
    }

    /**
     * The user key of the user with this username, as typed in a form (trimmed); empty when Confluence knows no such
     * user. The server decides: a form never sends user keys.
     */
    public Optional<String> userKeyOf(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userAccessor.getUserByName(username.trim()))
                .map(user -> user.getKey().getStringValue());
    }

    /** The username of a user key, for a form to show (e.g. an action's owner); empty once Confluence removed them. */
    public Optional<String> usernameOf(String userKey) {
        return Optional.ofNullable(userKey).map(key -> userAccessor.getUserByKey(new UserKey(key)))
                .map(com.atlassian.user.Entity::getName);
    }

    /**
     * Whether the viewer may mark an action of the space done or reopen it: its owner ({@code ownerKey}, empty once
     * Confluence removed them), or an administrator of the space ({@code space} null: only the owner may).
     */
    public boolean mayCloseAction(Viewer viewer, Optional<String> ownerKey, Space space) {
        boolean owner = viewer.userKey().isPresent() && ownerKey.equals(viewer.userKey());
        return owner || mayAdministerSpace(viewer, space);
    }

    /** Space administrators and Confluence administrators (who administer every space). */
    public boolean mayAdministerSpace(Viewer viewer, Space space) {
        return has(viewer, Permission.ADMINISTER, space) || isConfluenceAdministrator(viewer);
    }

    /** The form that works on Confluence 9 and 10 (VERIFIED.md §4): ADMINISTER on the application. */
    public boolean isConfluenceAdministrator(Viewer viewer) {
        return has(viewer, Permission.ADMINISTER, PermissionManager.TARGET_APPLICATION);
    }

    private boolean has(Viewer viewer, Permission permission, Object target) {
        return target != null && user(viewer).map(user -> permissionManager.hasPermission(user, permission, target))
                .orElse(false);
    }

    private Optional<ConfluenceUser> user(Viewer viewer) {
        if (viewer.isLookedUp()) {
            return viewer.lookedUpUser();
        }
        // getUserByKey is null for a deleted user: Optional.map turns that into empty, i.e. no rights.
        return viewer.userKey().map(key -> userAccessor.getUserByKey(new UserKey(key)));
    }
}
