package org.coplaunchpad.standalone.site;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.hosting.security.WebSudo;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.view.ManageAppsView;
import org.coplaunchpad.standalone.site.view.MessageView;

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
            Responses.toLogin(request, response);
            return;
        }
        if (!site.permissions().isConfluenceAdministrator(user)) {
            String refusal = layout.content(request, "message.vm",
                    new MessageView("not-permitted", "warning", PageLayout.texts().get("admins.only")));
            Responses.html(response, HttpServletResponse.SC_FORBIDDEN,
                    layout.render(request, PageLayout.Screen.plain(PageLayout.texts().get("manage.apps"), refusal)));
            return;
        }
        if (!WebSudo.active(request)) {
            WebSudo.requireAuthentication(request, response);
            return;
        }
        PluginDescriptor app = site.app().descriptor();
        PluginDescriptor.PluginInfo info = app.info();
        String description = info.descriptionKey().isBlank() ? info.description()
                : appTexts.getText(PageLayout.locale(), info.descriptionKey());
        String configure = info.configureUrl().map(url -> request.getContextPath() + url).orElse("");
        String content = layout.content(request, "manage-apps.vm",
                new ManageAppsView(app.key(), app.name(), app.version(), description, configure));
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(PageLayout.texts().get("manage.apps"), content)));
    }
}
