package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.site.view.SpacePermissionsView;

/**
 * Granting users the space's permissions ({@code /spaces/spacepermissions.action?key=KEY}, the space's administrators
 * and Confluence administrators), one user at a time: the screen a new community's space needs. Group grants stay
 * as the demo data made them.
 */
final class SpacePermissionsServlet extends FormServlet<Space> {
    static final String PATH = "/spaces/spacepermissions.action";
    private static final String PARAMETER = "permission.";

    SpacePermissionsServlet(SiteContext site, PageLayout layout) {
        super(site, layout);
    }

    @Override
    protected Optional<Space> find(HttpServletRequest request, Optional<User> user) {
        return Optional.ofNullable(request.getParameter("key")).flatMap(site.spaces()::find);
    }

    @Override
    protected boolean permitted(Optional<User> user, Space space) {
        return site.permissions().isConfluenceAdministrator(user)
                || site.permissions().has(user, SpacePermission.ADMINISTER, space.key());
    }

    @Override
    protected void show(HttpServletRequest request, HttpServletResponse response, Space space) throws IOException {
        form(request, response, 200, space, "", "");
    }

    @Override
    protected void submit(HttpServletRequest request, HttpServletResponse response, User user, Space space)
            throws IOException {
        String username = parameter(request, "username").trim();
        Optional<User> grantee = site.users().find(username);
        if (grantee.isEmpty()) {
            form(request, response, 400, space, "", text("user.unknown", username));
            return;
        }
        Set<SpacePermission> wanted = EnumSet.noneOf(SpacePermission.class);
        for (SpacePermission permission : SpacePermission.values()) {
            if (request.getParameter(PARAMETER + permission.name()) != null) {
                wanted.add(permission);
            }
        }
        Set<SpacePermission> held = site.spaces().userGrants(space.key())
                .getOrDefault(grantee.get().username(), Set.of());
        for (SpacePermission permission : SpacePermission.values()) {
            if (wanted.contains(permission) && !held.contains(permission)) {
                site.spaces().grantToUser(space.key(), permission, grantee.get().username());
            } else if (!wanted.contains(permission) && held.contains(permission)) {
                site.spaces().revokeFromUser(space.key(), permission, grantee.get().username());
            }
        }
        form(request, response, 200, space, text("permissions.saved", grantee.get().fullName()), "");
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, Space space, String saved,
                      String error) throws IOException {
        List<SpacePermissionsView.Permission> columns = Stream.of(SpacePermission.values())
                .map(permission -> new SpacePermissionsView.Permission(PARAMETER + permission.name(),
                        "permission-" + permission.name().toLowerCase(Locale.ROOT), text("perm." + permission.name())))
                .toList();
        List<SpacePermissionsView.Grants> grants = site.spaces().userGrants(space.key()).entrySet().stream()
                .map(grant -> new SpacePermissionsView.Grants(grant.getKey(), Stream.of(SpacePermission.values())
                        .map(permission -> new SpacePermissionsView.Cell(permission.name(),
                                grant.getValue().contains(permission))).toList()))
                .toList();
        SpacePermissionsView view = new SpacePermissionsView(request.getContextPath() + PATH, XsrfTokens.token(request),
                space.key(), columns, grants, saved, error);
        screen(request, response, status, text("permissions.heading", space.name()), Optional.of(space), null,
                "space-permissions.vm", view);
    }
}
