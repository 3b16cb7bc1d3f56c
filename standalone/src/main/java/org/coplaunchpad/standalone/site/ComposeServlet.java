package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.view.MessageView;
import org.coplaunchpad.standalone.site.view.SiteTexts;

/**
 * What the create, edit, history and space screens share: anonymous visitors go to the login page, a form post
 * without the session's atl_token is refused, and screens inside a space get the space's sidebar. The form screens
 * put these steps in one order through {@link FormServlet}.
 */
abstract class ComposeServlet extends HttpServlet {
    protected final SiteContext site;
    protected final PageLayout layout;

    ComposeServlet(SiteContext site, PageLayout layout) {
        this.site = site;
        this.layout = layout;
    }

    /** The user, or empty after redirecting an anonymous visitor to the login page. */
    protected Optional<User> userOrLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            Responses.toLogin(request, response);
        }
        return user;
    }

    /** False (after answering 403) when a form post lacks the session's atl_token. */
    protected boolean validToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (XsrfTokens.validFormToken(request)) {
            return true;
        }
        message(request, response, HttpServletResponse.SC_FORBIDDEN, SiteTexts.of(locale()).get("xsrf.failed"));
        return false;
    }

    protected static Locale locale() {
        return PageLayout.locale();
    }

    protected static String text(String key, Object... arguments) {
        return SiteTexts.of(locale()).format(key, arguments);
    }

    protected void message(HttpServletRequest request, HttpServletResponse response, int status, String text)
            throws IOException {
        String html = layout.content(request, "message.vm", new MessageView("not-permitted", "warning", text));
        Responses.html(response, status, layout.render(request, PageLayout.Screen.plain(
                status == HttpServletResponse.SC_NOT_FOUND ? SiteTexts.of(locale()).get("not.found") : text, html)));
    }

    protected void notPermitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        message(request, response, HttpServletResponse.SC_FORBIDDEN, text("action.not.permitted"));
    }

    protected void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        message(request, response, HttpServletResponse.SC_NOT_FOUND, SiteTexts.of(locale()).get("not.found"));
    }

    /** A screen inside the space, with its page tree ({@code pageId} highlighted when not null). */
    protected void inSpace(HttpServletRequest request, HttpServletResponse response, int status, String title,
                           Space space, Long pageId, String html) throws IOException {
        Responses.html(response, status, layout.render(request,
                new PageLayout.Screen(title, Optional.of(space), site.pages().inSpace(space.key()), pageId, html)));
    }

    /** A screen's content from {@code site/templates/<template>}, inside the space when there is one. */
    protected void screen(HttpServletRequest request, HttpServletResponse response, int status, String title,
                          Optional<Space> space, Long pageId, String template, Record view) throws IOException {
        String html = layout.content(request, template, view);
        if (space.isPresent()) {
            inSpace(request, response, status, title, space.get(), pageId, html);
        } else {
            Responses.html(response, status, layout.render(request, PageLayout.Screen.plain(title, html)));
        }
    }

    protected Optional<Page> page(String id) {
        try {
            return id == null ? Optional.empty() : site.pages().find(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
