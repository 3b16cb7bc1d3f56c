package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.site.view.LogoutView;

/** /logout.action: a POST with the XSRF token ends the session; a GET asks for confirmation, as Confluence does. */
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

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!XsrfTokens.validFormToken(request)) {
            doGet(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.action?logout=true");
    }
}
