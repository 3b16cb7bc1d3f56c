package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.hosting.security.WebSudo;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.data.User;

/**
 * /plugins/servlet/upm, "Manage apps" as Confluence administrators know it: the installed app with its version,
 * description and, when its plugin-info declares {@code configure.url}, a "Configure" button. Confluence
 * administrators only, behind WebSudo, as Confluence's administration pages are.
 */
final class ManageAppsServlet extends HttpServlet {
    static final String PATH = "/plugins/servlet/upm";

    private final SiteContext site;
    private final PageLayout layout;
    private final I18nResolver appTexts;

    ManageAppsServlet(SiteContext site, PageLayout layout, I18nResolver appTexts) {
        this.site = site;
        this.layout = layout;
        this.appTexts = appTexts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            Responses.redirect(request, response, "/login.action?os_destination=" + StorageLinks.encode(Responses.here(request)));
            return;
        }
        Locale locale = CurrentRequest.get().map(CurrentRequest::locale).orElse(Locale.ENGLISH);
        if (!site.permissions().isConfluenceAdministrator(user)) {
            Responses.html(response, HttpServletResponse.SC_FORBIDDEN, layout.render(request, PageLayout.Screen.plain(
                    HostTexts.get(locale, "manage.apps"), "<div class=\"aui-message aui-message-warning\" id=\"not-permitted\"><p>"
                            + escape(HostTexts.get(locale, "admins.only")) + "</p></div>")));
            return;
        }
        if (!WebSudo.active(request)) {
            WebSudo.requireAuthentication(request, response);
            return;
        }
        PluginDescriptor app = site.app().descriptor();
        PluginDescriptor.PluginInfo info = app.info();
        String description = info.descriptionKey().isBlank() ? info.description()
                : appTexts.getText(locale, info.descriptionKey());
        StringBuilder html = new StringBuilder("<table class=\"aui\" id=\"installed-apps\"><tbody>")
                .append("<tr data-plugin-key=\"").append(escape(app.key())).append("\"><td><strong class=\"host-app-name\">")
                .append(escape(app.name())).append("</strong> <span class=\"aui-lozenge\">").append(escape(app.version()))
                .append("</span><p class=\"host-app-description\">").append(escape(description)).append("</p></td><td>");
        info.configureUrl().ifPresent(url -> html.append("<a id=\"configure-link\" class=\"aui-button\" href=\"")
                .append(escape(request.getContextPath() + url)).append("\">")
                .append(escape(HostTexts.get(locale, "configure"))).append("</a>"));
        html.append("</td></tr></tbody></table>");
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(HostTexts.get(locale, "manage.apps"), html.toString())));
    }
}
