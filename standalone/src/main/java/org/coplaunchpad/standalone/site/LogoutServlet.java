package org.coplaunchpad.standalone.site;

import org.coplaunchpad.standalone.site.view.SiteTexts;
import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;

/** /logout.action: a POST with the XSRF token ends the session; a GET asks for confirmation, as Confluence does. */
final class LogoutServlet extends HttpServlet {
    private final PageLayout layout;

    LogoutServlet(PageLayout layout) {
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = CurrentRequest.get().map(CurrentRequest::locale).orElse(Locale.ENGLISH);
        String html = "<form class=\"aui\" method=\"post\" action=\"" + request.getContextPath() + "/logout.action\">"
                + "<input type=\"hidden\" name=\"atl_token\" value=\"" + escape(XsrfTokens.token(request)) + "\">"
                + "<button type=\"submit\" class=\"aui-button aui-button-primary\">"
                + escape(SiteTexts.of(locale).get("logout")) + "</button></form>";
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(SiteTexts.of(locale).get("logout.confirm"), html)));
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
