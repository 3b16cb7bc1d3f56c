package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.services.HostConversionContext;
import org.coplaunchpad.standalone.site.view.PageHistoryView;
import org.coplaunchpad.standalone.site.view.PageVersionView;

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
            String body = site.renderer().render(version.get().body(), HostConversionContext.display(version.get(), space));
            inSpace(request, response, 200, version.get().title(), space, page.id(), layout.content(request,
                    "page-version.vm", new PageVersionView(version.get().version(), page.version(), body)));
            return;
        }
        String ctx = request.getContextPath();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneId.systemDefault());
        List<PageHistoryView.Row> rows = site.pages().history(page).stream()
                .map(version -> row(ctx, page, version, when)).toList();
        inSpace(request, response, 200, text("history.heading", page.title()), space, page.id(),
                layout.content(request, "page-history.vm", new PageHistoryView(rows)));
    }

    private PageHistoryView.Row row(String ctx, Page page, Page version, DateTimeFormatter when) {
        boolean current = version.version() == page.version();
        String href = current ? StorageLinks.display(ctx, page)
                : ctx + PATH + "?pageId=" + page.id() + "&version=" + version.version();
        String author = site.users().findByKey(version.lastModifier()).map(User::fullName).orElse(version.lastModifier());
        return new PageHistoryView.Row(version.version(), href, current, author, when.format(version.lastModified()));
    }

    private static Optional<Integer> parse(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
