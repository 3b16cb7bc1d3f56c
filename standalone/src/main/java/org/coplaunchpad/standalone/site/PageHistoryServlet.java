package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.services.HostConversionContext;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;

/**
 * A page's history ({@code /pages/viewpreviousversions.action?pageId=N}): every version, newest first, with who
 * saved it and when; {@code &version=K} shows that version rendered. For people who may view the space.
 */
final class PageHistoryServlet extends ComposeServlet {
    static final String PATH = "/pages/viewpreviousversions.action";

    PageHistoryServlet(SiteContext site, PageLayout layout) {
        super(site, layout);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty()) {
            return;
        }
        Optional<Page> found = page(request.getParameter("pageId")).filter(p -> site.permissions().canView(user, p.spaceKey()));
        if (found.isEmpty()) {
            notFound(request, response);
            return;
        }
        Page page = found.get();
        Space space = site.spaces().find(page.spaceKey()).orElseThrow();
        String requested = request.getParameter("version");
        if (requested != null) {
            Optional<Page> version = parse(requested).flatMap(n -> site.pages().version(page, n));
            if (version.isEmpty()) {
                notFound(request, response);
                return;
            }
            String content = site.renderer().render(version.get().body(), HostConversionContext.display(version.get(), space));
            inSpace(request, response, 200, version.get().title(), space, page.id(),
                    "<div class=\"aui-message aui-message-info\" id=\"version-banner\"><p>"
                            + escape(text("viewing.version", version.get().version(), page.version())) + "</p></div>" + content);
            return;
        }
        String ctx = request.getContextPath();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneId.systemDefault());
        StringBuilder html = new StringBuilder("<link rel=\"stylesheet\" href=\"" + ctx + "/s/host/editor.css\">")
                .append("<table id=\"page-history-table\" class=\"aui host-history\"><thead><tr><th scope=\"col\">")
                .append(escape(text("version"))).append("</th><th scope=\"col\">").append(escape(text("changed.by")))
                .append("</th><th scope=\"col\">").append(escape(text("date"))).append("</th></tr></thead><tbody>");
        for (Page version : site.pages().history(page)) {
            boolean current = version.version() == page.version();
            String href = current ? StorageLinks.display(ctx, page) : ctx + PATH + "?pageId=" + page.id() + "&version=" + version.version();
            html.append("<tr data-version=\"").append(version.version()).append("\"><td><a href=\"").append(escape(href))
                    .append("\">").append(escape(text("version"))).append(' ').append(version.version()).append("</a>")
                    .append(current ? " <span class=\"aui-lozenge aui-lozenge-success\">" + escape(text("current")) + "</span>" : "")
                    .append("</td><td>").append(escape(site.users().find(version.lastModifier()).map(User::fullName)
                            .orElse(version.lastModifier()))).append("</td><td>")
                    .append(escape(when.format(version.lastModified()))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        inSpace(request, response, 200, text("history.heading", page.title()), space, page.id(), html.toString());
    }

    private static Optional<Integer> parse(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
