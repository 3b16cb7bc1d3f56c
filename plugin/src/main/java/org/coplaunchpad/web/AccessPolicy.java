package org.coplaunchpad.web;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import org.coplaunchpad.checklist.ChecklistMode;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the app: the one place that decides. Read it and you know the permission model.
 * <ul>
 *   <li>Answer a <b>personal</b> checklist: a logged-in user who can view the page that carries it.</li>
 *   <li>Answer a <b>shared</b> checklist (the team's answer): a logged-in user who can edit that page.</li>
 *   <li>Anonymous users never answer: an answer belongs to a member.</li>
 *   <li>See a space's launch dashboard and change its thresholds: the space's administrators and Confluence
 *       administrators.</li>
 *   <li>See the institution overview of every space: Confluence administrators only (behind WebSudo).</li>
 * </ul>
 * Confluence's page permissions include the space permissions (a page is visible only to people who can view
 * its space), so checking the page is enough.
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

    /** The logged-in user's key, empty for anonymous viewers. */
    public Optional<String> currentUserKey() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    public boolean mayView(Optional<String> userKey, Object content) {
        return user(userKey).map(user -> permissionManager.hasPermission(user, Permission.VIEW, content)).orElse(false);
    }

    public boolean mayAnswer(Optional<String> userKey, Object page, ChecklistMode mode) {
        Permission needed = mode == ChecklistMode.SHARED ? Permission.EDIT : Permission.VIEW;
        return user(userKey).map(user -> permissionManager.hasPermission(user, needed, page)).orElse(false);
    }

    /** Space administrators and Confluence administrators (who administer every space). */
    public boolean mayAdministerSpace(Optional<String> userKey, Object space) {
        return user(userKey).map(user -> permissionManager.hasPermission(user, Permission.ADMINISTER, space)
                || isConfluenceAdministrator(user)).orElse(false);
    }

    public boolean isConfluenceAdministrator(Optional<String> userKey) {
        return user(userKey).map(this::isConfluenceAdministrator).orElse(false);
    }

    /** The form that works on Confluence 9 and 10 (VERIFIED.md §4): ADMINISTER on the application. */
    private boolean isConfluenceAdministrator(ConfluenceUser user) {
        return permissionManager.hasPermission(user, Permission.ADMINISTER, PermissionManager.TARGET_APPLICATION);
    }

    private Optional<ConfluenceUser> user(Optional<String> userKey) {
        return userKey.map(key -> userAccessor.getUserByKey(new UserKey(key)));
        // getUserByKey is null for a deleted user: Optional.map turns that into empty, i.e. no rights.
    }
}
