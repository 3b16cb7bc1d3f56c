package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;
import org.coplaunchpad.standalone.hosting.services.HostConversionContext;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;

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
            response.sendRedirect(request.getContextPath() + "/login.action?os_destination="
                    + StorageLinks.encode(Responses.here(request)));
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
        Locale locale = locale();
        if (found.isEmpty()) {
            message(request, response, HttpServletResponse.SC_NOT_FOUND, HostTexts.get(locale, "not.found"), "");
            return;
        }
        Page page = found.get();
        if (!site.permissions().canView(user, page.spaceKey())) {
            message(request, response, HttpServletResponse.SC_FORBIDDEN, HostTexts.get(locale, "not.found"),
                    HostTexts.get(locale, "not.permitted"));
            return;
        }
        Space space = site.spaces().find(page.spaceKey()).orElseThrow();
        // Content first: macros require their web resources while they render.
        String content = site.renderer().render(page.body(), HostConversionContext.display(page, space));
        String byline = "<div class=\"page-metadata host-byline\">" + escape(MessageFormat.format(
                HostTexts.get(locale, "last.modified"), page.version(), page.lastModifier())) + "</div>";
        List<Page> breadcrumbs = site.pages().ancestors(page);
        StringBuilder crumbs = new StringBuilder("<ol id=\"breadcrumbs\" class=\"aui-nav aui-nav-breadcrumbs\">");
        crumbs.append("<li><a href=\"").append(request.getContextPath()).append("/display/")
                .append(StorageLinks.encode(space.key())).append("\">").append(escape(space.name())).append("</a></li>");
        for (Page ancestor : breadcrumbs) {
            crumbs.append("<li><a href=\"").append(escape(StorageLinks.display(request.getContextPath(), ancestor)))
                    .append("\">").append(escape(ancestor.title())).append("</a></li>");
        }
        crumbs.append("</ol>");
        PageLayout.Screen screen = new PageLayout.Screen(page.title(), Optional.of(space),
                site.pages().inSpace(space.key()), page.id(), crumbs + byline + content);
        response.setHeader("X-Confluence-Page-Id", Long.toString(page.id()));
        Responses.html(response, HttpServletResponse.SC_OK, layout.render(request, screen));
    }

    private void dashboard(HttpServletRequest request, HttpServletResponse response, Optional<User> user)
            throws IOException {
        Locale locale = locale();
        StringBuilder html = new StringBuilder("<ul id=\"space-list\" class=\"host-space-list\">");
        int visible = 0;
        for (Space space : site.spaces().all()) {
            if (site.permissions().canView(user, space.key())) {
                visible++;
                html.append("<li><a href=\"").append(request.getContextPath()).append("/display/")
                        .append(StorageLinks.encode(space.key())).append("\">").append(escape(space.name()))
                        .append("</a> <span class=\"aui-lozenge\">").append(escape(space.key())).append("</span></li>");
            }
        }
        html.append("</ul>");
        if (visible == 0) {
            html = new StringBuilder("<p id=\"no-spaces\">" + escape(HostTexts.get(locale, "no.spaces")) + "</p>");
        }
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(HostTexts.get(locale, "spaces"), html.toString())));
    }

    private void message(HttpServletRequest request, HttpServletResponse response, int status, String title,
                         String text) throws IOException {
        String html = text.isEmpty() ? "" : "<div class=\"aui-message aui-message-warning\" id=\"not-permitted\"><p>"
                + escape(text) + "</p></div>";
        Responses.html(response, status, layout.render(request, PageLayout.Screen.plain(title, html)));
    }

    private static Locale locale() {
        return CurrentRequest.get().map(CurrentRequest::locale).orElse(Locale.ENGLISH);
    }
}
