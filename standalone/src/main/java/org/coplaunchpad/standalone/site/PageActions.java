package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;

/**
 * The links to the create, edit, history and space screens that Confluence shows around a page: in the header,
 * Create (people who may edit the current space) and Create space (Confluence administrators); above a page,
 * Edit (editors), Page history (viewers) and Space permissions (the space's administrators).
 */
final class PageActions {
    private final Permissions permissions;

    PageActions(Permissions permissions) {
        this.permissions = permissions;
    }

    /** Header items (each an {@code <li>}) for this screen. */
    String header(String ctx, Optional<User> user, PageLayout.Screen screen, Locale locale) {
        StringBuilder html = new StringBuilder();
        screen.space().filter(space -> permissions.canEdit(user, space.key())).ifPresent(space ->
                html.append("<li><a id=\"create-page-button\" class=\"aui-button aui-button-primary\" href=\"")
                        .append(ctx).append(CreateServlet.PATH).append("?spaceKey=").append(StorageLinks.encode(space.key()))
                        .append(screen.currentPageId() == null ? "" : "&amp;parentPageId=" + screen.currentPageId())
                        .append("\">").append(escape(ComposeTexts.get(locale, "create"))).append("</a></li>"));
        if (permissions.isConfluenceAdministrator(user)) {
            html.append("<li><a id=\"create-space-link\" href=\"").append(ctx).append(SpaceAdminServlet.CREATE_PATH)
                    .append("\">").append(escape(ComposeTexts.get(locale, "create.space"))).append("</a></li>");
        }
        return html.toString();
    }

    /** The toolbar above a page's title; empty outside a page. */
    String toolbar(String ctx, Optional<User> user, PageLayout.Screen screen, Locale locale) {
        if (screen.space().isEmpty() || screen.currentPageId() == null || user.isEmpty()) {
            return "";
        }
        String spaceKey = screen.space().get().key();
        StringBuilder html = new StringBuilder("<div id=\"page-actions\" class=\"host-page-actions\">");
        if (permissions.canEdit(user, spaceKey)) {
            link(html, "editPageLink", ctx + EditPageServlet.PATH + "?pageId=" + screen.currentPageId(),
                    ComposeTexts.get(locale, "edit"));
        }
        if (permissions.canView(user, spaceKey)) {
            link(html, "view-page-history-link", ctx + PageHistoryServlet.PATH + "?pageId=" + screen.currentPageId(),
                    ComposeTexts.get(locale, "history"));
        }
        if (permissions.isConfluenceAdministrator(user) || permissions.has(user, SpacePermission.ADMINISTER, spaceKey)) {
            link(html, "space-permissions-link", ctx + SpaceAdminServlet.PERMISSIONS_PATH + "?key="
                    + StorageLinks.encode(spaceKey), ComposeTexts.get(locale, "permissions"));
        }
        return html.append("</div>").toString();
    }

    private static void link(StringBuilder html, String id, String href, String label) {
        html.append("<a id=\"").append(id).append("\" class=\"aui-button\" href=\"").append(escape(href)).append("\">")
                .append(escape(label)).append("</a>");
    }
}
