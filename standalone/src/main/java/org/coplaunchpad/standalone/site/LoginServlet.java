package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.coplaunchpad.standalone.site.view.LoginView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Confluence's login: the form at /login.action posts os_username, os_password and os_destination to
 * /dologin.action, where Spring Security checks them (site/login/SiteSecurity) and hands the outcome here: a login
 * goes to os_destination with X-Seraph-LoginReason: OK, a refused one shows the form again with
 * X-Seraph-LoginReason: AUTHENTICATION_DENIED.
 */
final class LoginServlet extends HttpServlet implements AuthenticationSuccessHandler, AuthenticationFailureHandler {
    private final PageLayout layout;

    LoginServlet(PageLayout layout) {
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, false);
    }

    /** A POST to /dologin.action never reaches here: Spring Security's form login answers it. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        response.setHeader("X-Seraph-LoginReason", "OK");
        // Only a destination on the site (Responses.safeDestination): Spring's own target URLs may leave it.
        Responses.redirect(request, response, request.getParameter("os_destination"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException refused) throws IOException {
        response.setHeader("X-Seraph-LoginReason", "AUTHENTICATION_DENIED");
        form(request, response, true);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        String destination = request.getParameter("os_destination");
        LoginView view = new LoginView(failed, failed ? Objects.toString(request.getParameter("os_username"), "") : "",
                Objects.toString(destination, ""));
        Responses.html(response, HttpServletResponse.SC_OK, layout.render(request, PageLayout.Screen.plain(
                PageLayout.texts().get("login.title"), layout.content(request, "login.vm", view))));
    }
}
