package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.site.view.LogoutView;

/** /logout.action: a GET, or a POST without the session's XSRF token, asks for confirmation, as Confluence does. */
final class LogoutServlet extends HttpServlet {
    private final PageLayout layout;

    LogoutServlet(PageLayout layout) {
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String content = layout.content(request, "logout.vm", new LogoutView(XsrfTokens.token(request)));
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(PageLayout.texts().get("logout.confirm"), content)));
    }

    /**
     * A POST with the session's token was a logout, which Spring Security's LogoutFilter did (site/login/SiteSecurity);
     * one that reaches here lacks the token, so it is asked to confirm, as Confluence does.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
