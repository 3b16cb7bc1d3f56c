package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.HostPaths;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;
import org.coplaunchpad.standalone.site.view.LayoutView;
import org.coplaunchpad.standalone.site.view.SiteTemplates;
import org.coplaunchpad.standalone.site.view.SiteTexts;
import org.coplaunchpad.standalone.site.view.ViewModels;

/**
 * The Confluence-shaped page around content ({@code layout.vm}): AUI header (user, language, log out), space
 * sidebar with the page tree and space tools, the atlassian-token meta tag, and the link/script tags of the web
 * resources the content required while it was rendered (so render the content first). Screens render their own
 * content from a template with {@link #content}.
 */
final class PageLayout {
    /** What one screen shows; {@code space} and {@code tree} are empty outside a space. */
    record Screen(String title, Optional<Space> space, List<Page> tree, Long currentPageId, String contentHtml,
                  boolean heading) {
        Screen(String title, Optional<Space> space, List<Page> tree, Long currentPageId, String contentHtml) {
            this(title, space, tree, currentPageId, contentHtml, true);
        }

        static Screen plain(String title, String contentHtml) {
            return new Screen(title, Optional.empty(), List.of(), null, contentHtml);
        }

        /** A plugin servlet's page: it brings its own heading. */
        static Screen decorated(String title, String contentHtml) {
            return new Screen(title, Optional.empty(), List.of(), null, contentHtml, false);
        }
    }

    private static final List<String> LANGUAGES = List.of("fr", "en");

    private final SiteContext site;
    private final WebItems webItems;
    private final WebResources webResources;
    private final PageActions actions;
    private final SiteTemplates templates = new SiteTemplates(ViewModels.all());

    PageLayout(SiteContext site, WebItems webItems) {
        this.site = site;
        this.webItems = webItems;
        this.webResources = new WebResources(site.app().descriptor());
        this.actions = new PageActions(site.permissions());
    }

    /** The site's templates, for what renders a whole document without this layout (the error pages). */
    SiteTemplates templates() {
        return templates;
    }

    /** The visitor's language for this request. */
    static Locale locale() {
        return CurrentRequest.get().map(CurrentRequest::locale).orElse(Locale.ENGLISH);
    }

    static SiteTexts texts() {
        return SiteTexts.of(locale());
    }

    /** A screen's content from {@code site/templates/<template>}, with {@code view} as {@code $view}. */
    String content(HttpServletRequest request, String template, Record view) {
        return templates.render(template, view, texts(), request.getContextPath());
    }

    String render(HttpServletRequest request, Screen screen) {
        String ctx = request.getContextPath();
        Optional<User> user = RequestUser.of(request);
        SiteTexts texts = texts();
        WebResources.Files resources = webResources.resolve(
                CurrentRequest.get().map(r -> r.webResources().completeKeys()).orElse(List.of()), ctx);
        LayoutView view = new LayoutView(texts.language(), screen.title(), XsrfTokens.token(request),
                user.map(User::username).orElse(""), site.auiDirectory().isPresent(), resources.stylesheets(),
                resources.unknown(), header(request, user, screen, texts),
                screen.space().map(space -> sidebar(ctx, user, space, screen)).orElse(null), screen.heading(),
                actions.toolbar(ctx, user, screen, texts), screen.contentHtml(), resources.scripts(),
                String.join(" ", resources.withheldAuiGlobals()));
        return templates.render("layout.vm", view, texts, ctx);
    }

    private LayoutView.Header header(HttpServletRequest request, Optional<User> user, Screen screen, SiteTexts texts) {
        String ctx = request.getContextPath();
        List<LayoutView.Link> primary = new java.util.ArrayList<>();
        primary.add(new LayoutView.Link("", "", ctx + "/dashboard.action", texts.get("spaces")));
        primary.addAll(actions.header(ctx, user, screen, texts));
        List<LayoutView.Link> admin = site.permissions().isConfluenceAdministrator(user)
                ? List.of(new LayoutView.Link("admin-menu-link", "", ctx + ManageAppsServlet.PATH,
                        texts.get("manage.apps")), new LayoutView.Link("admin-users-link", "",
                        ctx + UserAdministrationServlet.BROWSE_PATH, texts.get("users")))
                : List.of();
        List<LayoutView.Language> languages = LANGUAGES.stream()
                .map(tag -> new LayoutView.Language(tag, tag.toUpperCase(Locale.ROOT), tag.equals(texts.language())))
                .toList();
        return new LayoutView.Header(texts.get("site.name"), primary, admin,
                user.map(u -> new LayoutView.User(u.username(), u.fullName())).orElse(null), HostPaths.here(request),
                languages);
    }

    private LayoutView.Sidebar sidebar(String ctx, Optional<User> user, Space space, Screen screen) {
        List<LayoutView.Link> tools = webItems.spaceTools(user, space, locale(), ctx).stream()
                .map(tool -> new LayoutView.Link("", "", tool.href(), tool.label())).toList();
        return new LayoutView.Sidebar(space.name(), ctx + "/display/" + StorageLinks.encode(space.key()),
                tree(ctx, screen.tree(), null, screen.currentPageId()), tools);
    }

    private static List<LayoutView.TreeNode> tree(String ctx, List<Page> pages, Long parentId, Long currentId) {
        return pages.stream().filter(page -> Objects.equals(page.parentId(), parentId))
                .map(page -> new LayoutView.TreeNode(StorageLinks.display(ctx, page), page.title(),
                        Long.valueOf(page.id()).equals(currentId), tree(ctx, pages, page.id(), currentId)))
                .toList();
    }
}
