package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;

/**
 * The Confluence-shaped page around content: AUI header (user, language, log out), space sidebar with the
 * page tree and space tools, the atlassian-token meta tag, and the link/script tags of the web resources the
 * content required while it was rendered (so render the content first).
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

    private final SiteContext site;
    private final WebItems webItems;
    private final WebResources webResources;
    private final PageActions actions;

    PageLayout(SiteContext site, WebItems webItems) {
        this.site = site;
        this.webItems = webItems;
        this.webResources = new WebResources(site.app().descriptor());
        this.actions = new PageActions(site.permissions());
    }

    String render(HttpServletRequest request, Screen screen) {
        String ctx = request.getContextPath();
        Optional<User> user = RequestUser.of(request);
        Locale locale = CurrentRequest.get().map(CurrentRequest::locale).orElse(Locale.ENGLISH);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(screen.title())).append(" - Confluence</title>")
                .append("<meta name=\"atlassian-token\" content=\"").append(escape(XsrfTokens.token(request))).append("\">")
                .append("<meta name=\"ajs-context-path\" content=\"").append(escape(ctx)).append("\">")
                .append("<meta name=\"ajs-remote-user\" content=\"").append(escape(user.map(User::username).orElse("")))
                .append("\">");
        if (site.auiDirectory().isPresent()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(ctx).append("/s/aui/aui-prototyping.css\">");
        }
        html.append("<link rel=\"stylesheet\" href=\"").append(ctx).append("/s/host/host.css\">");
        WebResources.Files resources = webResources.resolve(
                CurrentRequest.get().map(r -> r.webResources().completeKeys()).orElse(List.of()), ctx);
        for (String stylesheet : resources.stylesheets()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(escape(stylesheet)).append("\">");
        }
        for (String unknown : resources.unknown()) {
            html.append("<!-- unknown web resource ").append(escape(unknown).replace("--", "")).append(" -->");
        }
        html.append("</head><body class=\"host-body\">");
        header(html, request, user, locale, screen);
        if (site.auiDirectory().isEmpty()) {
            html.append("<div class=\"aui-message aui-message-warning host-aui-missing\">")
                    .append(escape(HostTexts.get(locale, "aui.missing"))).append("</div>");
        }
        html.append("<div id=\"page\" class=\"host-page\">");
        screen.space().ifPresent(space -> sidebar(html, request, user, space, screen, locale));
        html.append("<main id=\"main\" class=\"host-main\">");
        if (screen.heading()) {
            html.append(actions.toolbar(ctx, user, screen, locale));
            html.append("<h1 id=\"title-text\">").append(escape(screen.title())).append("</h1>");
        }
        html
                .append("<div id=\"main-content\" class=\"wiki-content\">").append(screen.contentHtml()).append("</div>")
                .append("</main></div>");
        // jQuery, AJS.contextPath(), then AUI (which needs both), then the app's scripts, as Confluence orders them.
        if (site.auiDirectory().isPresent()) {
            html.append("<script src=\"").append(ctx).append("/s/aui/jquery.min.js\"></script>");
        }
        html.append("<script src=\"").append(ctx).append("/s/host/context-path.js\"></script>");
        if (site.auiDirectory().isPresent()) {
            html.append("<script src=\"").append(ctx).append("/s/aui/aui-prototyping.js\"></script>");
            if (!resources.withheldAuiGlobals().isEmpty()) {
                html.append("<script src=\"").append(ctx).append("/s/host/aui-undeclared.js\" data-withhold=\"")
                        .append(escape(String.join(" ", resources.withheldAuiGlobals()))).append("\"></script>");
            }
        }
        for (String script : resources.scripts()) {
            html.append("<script src=\"").append(escape(script)).append("\"></script>");
        }
        return html.append("</body></html>").toString();
    }

    private void header(StringBuilder html, HttpServletRequest request, Optional<User> user, Locale locale,
                        Screen screen) {
        String ctx = request.getContextPath();
        String here = request.getRequestURI().substring(ctx.length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        html.append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header aui-dropdown2-trigger-group\">")
                .append("<div class=\"aui-header-primary\"><span class=\"aui-header-logo aui-header-logo-textonly\">")
                .append("<a href=\"").append(ctx).append("/\" class=\"aui-nav-imagelink host-logo\">")
                .append(escape(HostTexts.get(locale, "site.name"))).append("</a></span>")
                .append("<ul class=\"aui-nav\"><li><a href=\"").append(ctx).append("/dashboard.action\">")
                .append(escape(HostTexts.get(locale, "spaces"))).append("</a></li>")
                .append(actions.header(ctx, user, screen, locale)).append("</ul></div>")
                .append("<div class=\"aui-header-secondary\"><ul class=\"aui-nav\">");
        if (user.isPresent()) {
            String token = escape(XsrfTokens.token(request));
            if (site.permissions().isConfluenceAdministrator(user)) {
                html.append("<li><a id=\"admin-menu-link\" href=\"").append(ctx).append(ManageAppsServlet.PATH).append("\">")
                        .append(escape(HostTexts.get(locale, "manage.apps"))).append("</a></li>");
            }
            html.append("<li><span id=\"user-menu-link\" class=\"host-user\" data-username=\"")
                    .append(escape(user.get().username())).append("\">").append(escape(user.get().fullName()))
                    .append("</span></li>")
                    .append("<li><form id=\"locale-form\" class=\"aui host-inline-form\" method=\"post\" action=\"")
                    .append(ctx).append("/users/locale\"><input type=\"hidden\" name=\"atl_token\" value=\"").append(token)
                    .append("\"><input type=\"hidden\" name=\"os_destination\" value=\"").append(escape(here)).append("\">")
                    .append("<span class=\"host-language-label\">").append(escape(HostTexts.get(locale, "language")))
                    .append(" :</span>");
            for (String tag : List.of("fr", "en")) {
                boolean current = tag.equals(locale.getLanguage());
                html.append("<button type=\"submit\" name=\"locale\" value=\"").append(tag).append("\" id=\"locale-")
                        .append(tag).append("\" class=\"aui-button aui-button-link").append(current ? " active" : "")
                        .append("\"").append(current ? " aria-pressed=\"true\"" : "").append(">")
                        .append(tag.toUpperCase(Locale.ROOT)).append("</button>");
            }
            html.append("</form></li><li><form id=\"logout-form\" class=\"host-inline-form\" method=\"post\" action=\"")
                    .append(ctx).append("/logout.action\"><input type=\"hidden\" name=\"atl_token\" value=\"")
                    .append(token).append("\"><button type=\"submit\" id=\"logout-link\" class=\"aui-button\">")
                    .append(escape(HostTexts.get(locale, "logout"))).append("</button></form></li>");
        } else {
            html.append("<li><a id=\"login-link\" class=\"aui-button aui-button-primary\" href=\"").append(ctx)
                    .append("/login.action\">").append(escape(HostTexts.get(locale, "login"))).append("</a></li>");
        }
        html.append("</ul></div></nav></header>");
    }

    private void sidebar(StringBuilder html, HttpServletRequest request, Optional<User> user, Space space,
                         Screen screen, Locale locale) {
        String ctx = request.getContextPath();
        html.append("<nav class=\"host-sidebar\" aria-label=\"").append(escape(space.name())).append("\">")
                .append("<div class=\"host-space-name\"><a href=\"").append(ctx).append("/display/")
                .append(StorageLinks.encode(space.key())).append("\">").append(escape(space.name())).append("</a></div>")
                .append("<h2 class=\"host-sidebar-heading\">").append(escape(HostTexts.get(locale, "page.tree")))
                .append("</h2><div id=\"page-tree\">");
        tree(html, ctx, screen.tree(), null, screen.currentPageId());
        html.append("</div>");
        List<WebItems.Visible> tools = webItems.spaceTools(user, space, locale, ctx);
        if (!tools.isEmpty()) {
            html.append("<h2 class=\"host-sidebar-heading\">").append(escape(HostTexts.get(locale, "space.tools")))
                    .append("</h2><ul id=\"space-tools\" class=\"aui-nav\">");
            for (WebItems.Visible tool : tools) {
                html.append("<li><a href=\"").append(escape(tool.href())).append("\">").append(escape(tool.label()))
                        .append("</a></li>");
            }
            html.append("</ul>");
        }
        html.append("</nav>");
    }

    private static void tree(StringBuilder html, String ctx, List<Page> pages, Long parentId, Long currentId) {
        List<Page> level = pages.stream().filter(p -> java.util.Objects.equals(p.parentId(), parentId)).toList();
        if (level.isEmpty()) {
            return;
        }
        html.append("<ul class=\"host-tree\">");
        for (Page page : level) {
            boolean current = Long.valueOf(page.id()).equals(currentId);
            html.append("<li><a href=\"").append(escape(StorageLinks.display(ctx, page))).append("\"")
                    .append(current ? " class=\"host-current\" aria-current=\"page\"" : "").append(">")
                    .append(escape(page.title())).append("</a>");
            tree(html, ctx, pages, page.id(), currentId);
            html.append("</li>");
        }
        html.append("</ul>");
    }
}
