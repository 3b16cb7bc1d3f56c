package org.coplaunchpad.standalone.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.view.LayoutView.Link;
import org.coplaunchpad.standalone.site.view.SiteTexts;

/**
 * The links to the create, edit, history and space screens that Confluence shows around a page: in the header,
 * Create (people who may edit the current space) and Create space (Confluence administrators); above a page,
 * Edit (editors), Page history (viewers) and Space permissions (the space's administrators).
 */
final class PageActions {
    private static final String BUTTON = "aui-button";

    private final Permissions permissions;

    PageActions(Permissions permissions) {
        this.permissions = permissions;
    }

    /** Header links for this screen. */
    List<Link> header(String ctx, Optional<User> user, PageLayout.Screen screen, SiteTexts texts) {
        List<Link> links = new ArrayList<>();
        screen.space().filter(space -> permissions.canEdit(user, space.key())).ifPresent(space ->
                links.add(new Link("create-page-button", BUTTON + " aui-button-primary", ctx + CreateServlet.PATH
                        + "?spaceKey=" + StorageLinks.encode(space.key())
                        + (screen.currentPageId() == null ? "" : "&parentPageId=" + screen.currentPageId()),
                        texts.get("create"))));
        if (permissions.isConfluenceAdministrator(user)) {
            links.add(new Link("create-space-link", "", ctx + CreateSpaceServlet.PATH, texts.get("create.space")));
        }
        return links;
    }

    /** The toolbar above a page's title; empty outside a page. */
    List<Link> toolbar(String ctx, Optional<User> user, PageLayout.Screen screen, SiteTexts texts) {
        if (screen.space().isEmpty() || screen.currentPageId() == null || user.isEmpty()) {
            return List.of();
        }
        String spaceKey = screen.space().get().key();
        List<Link> links = new ArrayList<>();
        if (permissions.canEdit(user, spaceKey)) {
            links.add(new Link("editPageLink", BUTTON, ctx + EditPageServlet.PATH + "?pageId=" + screen.currentPageId(),
                    texts.get("edit")));
        }
        if (permissions.canView(user, spaceKey)) {
            links.add(new Link("view-page-history-link", BUTTON, ctx + PageHistoryServlet.PATH + "?pageId="
                    + screen.currentPageId(), texts.get("history")));
        }
        if (permissions.isConfluenceAdministrator(user) || permissions.has(user, SpacePermission.ADMINISTER, spaceKey)) {
            links.add(new Link("space-permissions-link", BUTTON, ctx + SpacePermissionsServlet.PATH + "?key="
                    + StorageLinks.encode(spaceKey), texts.get("permissions")));
        }
        return links;
    }
}
