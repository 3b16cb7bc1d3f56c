package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;

/** /logout.action: a GET, or a POST without the session's XSRF token, asks for confirmation, as Confluence does. */
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
                + escape(HostTexts.get(locale, "logout")) + "</button></form>";
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(HostTexts.get(locale, "logout.confirm"), html)));
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
