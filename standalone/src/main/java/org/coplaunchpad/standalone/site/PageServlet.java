package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.services.HostConversionContext;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.services.HostConversionContext;
import org.coplaunchpad.standalone.site.view.MessageView;
import org.coplaunchpad.standalone.site.view.PageView;
import org.coplaunchpad.standalone.site.view.SpaceDirectoryView;

/**
 * Viewing: the dashboard (spaces you can see), /display/SPACE[/Title] and /pages/viewpage.action?pageId=N.
 * Anonymous visitors are sent to the login page; users without view permission get 403.
 */
final class PageServlet extends HttpServlet {
    private final SiteContext site;
    private final PageLayout layout;

    PageServlet(SiteContext site, PageLayout layout) {
        this.site = site;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            Responses.toLogin(request, response);
            return;
        }
        String path = request.getServletPath();
        if (path.equals("/pages/viewpage.action")) {
            Optional<Page> page = parseId(request.getParameter("pageId")).flatMap(site.pages()::find);
            show(request, response, user, page);
        } else if (path.equals("/display")) {
            List<String> parts = displayPath(request);
            if (parts.size() == 1) {
                Optional<Space> space = site.spaces().find(parts.get(0));
                show(request, response, user, space.map(Space::homePageId).flatMap(site.pages()::find));
            } else if (parts.size() == 2) {
                show(request, response, user, site.pages().find(parts.get(0), parts.get(1)));
            } else {
                show(request, response, user, Optional.empty());
            }
        } else {
            dashboard(request, response, user);
        }
    }

    /** /display/KEY/Title+With+Spaces: decoded from the raw URI, where '+' is a space and %2B a plus. */
    private static List<String> displayPath(HttpServletRequest request) {
        String raw = request.getRequestURI().substring((request.getContextPath() + "/display/").length());
        return java.util.Arrays.stream(raw.split("/", -1)).filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
    }

    private static Optional<Long> parseId(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Optional<User> user,
                      Optional<Page> found) throws IOException {
        if (found.isEmpty()) {
            Responses.html(response, HttpServletResponse.SC_NOT_FOUND,
                    layout.render(request, PageLayout.Screen.plain(PageLayout.texts().get("not.found"), "")));
            return;
        }
        Page page = found.get();
        if (!site.permissions().canView(user, page.spaceKey())) {
            String refusal = layout.content(request, "message.vm",
                    new MessageView("not-permitted", "warning", PageLayout.texts().get("not.permitted")));
            Responses.html(response, HttpServletResponse.SC_FORBIDDEN,
                    layout.render(request, PageLayout.Screen.plain(PageLayout.texts().get("not.found"), refusal)));
            return;
        }
        Space space = site.spaces().find(page.spaceKey()).orElseThrow();
        // Content first: macros require their web resources while they render.
        String body = site.renderer().render(page.body(), HostConversionContext.display(page, space));
        String ctx = request.getContextPath();
        List<PageView.Crumb> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(new PageView.Crumb(ctx + "/display/" + StorageLinks.encode(space.key()), space.name()));
        for (Page ancestor : site.pages().ancestors(page)) {
            breadcrumbs.add(new PageView.Crumb(StorageLinks.display(ctx, ancestor), ancestor.title()));
        }
        String content = layout.content(request, "page.vm",
                new PageView(breadcrumbs, page.version(), page.lastModifier(), body));
        PageLayout.Screen screen = new PageLayout.Screen(page.title(), Optional.of(space),
                site.pages().inSpace(space.key()), page.id(), content);
        response.setHeader("X-Confluence-Page-Id", Long.toString(page.id()));
        Responses.html(response, HttpServletResponse.SC_OK, layout.render(request, screen));
    }

    private void dashboard(HttpServletRequest request, HttpServletResponse response, Optional<User> user)
            throws IOException {
        List<SpaceDirectoryView.Entry> visible = site.spaces().all().stream()
                .filter(space -> site.permissions().canView(user, space.key()))
                .map(space -> new SpaceDirectoryView.Entry(
                        request.getContextPath() + "/display/" + StorageLinks.encode(space.key()), space.name(), space.key()))
                .toList();
        String content = layout.content(request, "space-directory.vm", new SpaceDirectoryView(visible));
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(PageLayout.texts().get("spaces"), content)));
    }
}
