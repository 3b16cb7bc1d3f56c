package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.site.space.SpaceCreation;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;

/**
 * Creating a space ({@code /spaces/createspace.action}, Confluence administrators) and granting users the space's
 * permissions ({@code /spaces/spacepermissions.action?key=KEY}, the space's administrators and Confluence
 * administrators): the two screens a new community's space needs. Group grants stay as the demo data made them.
 */
final class SpaceAdminServlet extends ComposeServlet {
    static final String CREATE_PATH = "/spaces/createspace.action";
    static final String PERMISSIONS_PATH = "/spaces/spacepermissions.action";

    private final SpaceCreation creation;

    SpaceAdminServlet(SiteContext site, PageLayout layout, SpaceCreation creation) {
        super(site, layout);
        this.creation = creation;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty()) {
            return;
        }
        if (request.getServletPath().equals(CREATE_PATH)) {
            if (!site.permissions().isConfluenceAdministrator(user)) {
                notPermitted(request, response);
                return;
            }
            createForm(request, response, 200, "", "", "");
        } else {
            Optional<Space> space = administered(request, response, user);
            if (space.isPresent()) {
                permissionsForm(request, response, 200, space.get(), "", "");
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty() || !validToken(request, response)) {
            return;
        }
        if (request.getServletPath().equals(CREATE_PATH)) {
            if (!site.permissions().isConfluenceAdministrator(user)) {
                notPermitted(request, response);
                return;
            }
            String key = Optional.ofNullable(request.getParameter("key")).orElse("");
            String name = Optional.ofNullable(request.getParameter("name")).orElse("");
            try {
                Space space = creation.create(key, name, user.get());
                Responses.redirect(request, response, PERMISSIONS_PATH + "?key=" + StorageLinks.encode(space.key()));
            } catch (SpaceCreation.Refused e) {
                createForm(request, response, 400, key, name, text(e.reason()));
            }
            return;
        }
        Optional<Space> found = administered(request, response, user);
        if (found.isEmpty()) {
            return;
        }
        Space space = found.get();
        String username = Optional.ofNullable(request.getParameter("username")).orElse("").trim();
        Optional<User> grantee = site.users().find(username);
        if (grantee.isEmpty()) {
            permissionsForm(request, response, 400, space, "", text("user.unknown", username));
            return;
        }
        Set<SpacePermission> wanted = EnumSet.noneOf(SpacePermission.class);
        for (SpacePermission permission : SpacePermission.values()) {
            if (request.getParameter("permission." + permission.name()) != null) {
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
        permissionsForm(request, response, 200, space, text("permissions.saved", grantee.get().fullName()), "");
    }

    private Optional<Space> administered(HttpServletRequest request, HttpServletResponse response, Optional<User> user)
            throws IOException {
        Optional<Space> space = Optional.ofNullable(request.getParameter("key")).flatMap(site.spaces()::find);
        boolean admin = space.isPresent() && (site.permissions().isConfluenceAdministrator(user)
                || site.permissions().has(user, SpacePermission.ADMINISTER, space.get().key()));
        if (space.isEmpty()) {
            notFound(request, response);
            return Optional.empty();
        }
        if (!admin) {
            notPermitted(request, response);
            return Optional.empty();
        }
        return space;
    }

    private void createForm(HttpServletRequest request, HttpServletResponse response, int status, String key,
                            String name, String error) throws IOException {
        StringBuilder html = new StringBuilder();
        if (!error.isEmpty()) {
            html.append(error("create-space-error", error));
        }
        html.append("<form id=\"create-space-form\" class=\"aui\" method=\"post\" action=\"").append(request.getContextPath())
                .append(CREATE_PATH).append("\">").append(hidden(XsrfTokens.PARAMETER, XsrfTokens.token(request)))
                .append(field("space-name", "name", text("space.name"), name))
                .append(field("space-key", "key", text("space.key"), key))
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><button type=\"submit\" id=\"create-space-submit\"")
                .append(" class=\"aui-button aui-button-primary\">").append(escape(text("create.space")))
                .append("</button></div></div></form>");
        Responses.html(response, status, layout.render(request, PageLayout.Screen.plain(text("create.space"), html.toString())));
    }

    private void permissionsForm(HttpServletRequest request, HttpServletResponse response, int status, Space space,
                                 String saved, String error) throws IOException {
        StringBuilder html = new StringBuilder();
        if (!saved.isEmpty()) {
            html.append("<div class=\"aui-message aui-message-success\" id=\"permissions-saved\"><p>").append(escape(saved))
                    .append("</p></div>");
        }
        if (!error.isEmpty()) {
            html.append(error("permissions-error", error));
        }
        html.append("<table id=\"space-permissions-table\" class=\"aui\"><thead><tr><th scope=\"col\">")
                .append(escape(text("permissions.user"))).append("</th>");
        for (SpacePermission permission : SpacePermission.values()) {
            html.append("<th scope=\"col\">").append(escape(text("perm." + permission.name()))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Map.Entry<String, Set<SpacePermission>> grant : site.spaces().userGrants(space.key()).entrySet()) {
            html.append("<tr data-username=\"").append(escape(grant.getKey())).append("\"><td>")
                    .append(escape(grant.getKey())).append("</td>");
            for (SpacePermission permission : SpacePermission.values()) {
                boolean held = grant.getValue().contains(permission);
                html.append("<td data-permission=\"").append(permission.name()).append("\" data-granted=\"").append(held)
                        .append("\">").append(held ? "✓" : "").append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table><form id=\"space-permissions-form\" class=\"aui\" method=\"post\" action=\"")
                .append(request.getContextPath()).append(PERMISSIONS_PATH).append("\">")
                .append(hidden(XsrfTokens.PARAMETER, XsrfTokens.token(request))).append(hidden("key", space.key()))
                .append("<h2>").append(escape(text("permissions.grant"))).append("</h2>")
                .append(field("permission-username", "username", text("permissions.user"), ""));
        for (SpacePermission permission : SpacePermission.values()) {
            String id = "permission-" + permission.name().toLowerCase(java.util.Locale.ROOT);
            html.append("<div class=\"checkbox\"><input class=\"checkbox\" type=\"checkbox\" id=\"").append(id)
                    .append("\" name=\"permission.").append(permission.name()).append("\"> <label for=\"").append(id)
                    .append("\">").append(escape(text("perm." + permission.name()))).append("</label></div>");
        }
        html.append("<div class=\"buttons-container\"><div class=\"buttons\"><button type=\"submit\" id=\"permissions-submit\"")
                .append(" class=\"aui-button aui-button-primary\">").append(escape(text("permissions.save")))
                .append("</button></div></div></form>");
        inSpace(request, response, status, text("permissions.heading", space.name()), space, null, html.toString());
    }

    private static String field(String id, String name, String label, String value) {
        return "<div class=\"field-group\"><label for=\"" + id + "\">" + escape(label) + "</label><input class=\"text\""
                + " type=\"text\" id=\"" + id + "\" name=\"" + name + "\" value=\"" + escape(value) + "\"></div>";
    }
}
