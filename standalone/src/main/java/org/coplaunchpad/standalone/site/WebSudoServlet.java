package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.hosting.security.WebSudo;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.view.WebSudoView;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * /authenticate.action: re-enter the password to start a secure administrator session (WebSudo), checked by the
 * login's own authentication manager (site/login/SiteSecurity).
 */
final class WebSudoServlet extends HttpServlet {
    private final AuthenticationManager passwords;
    private final PageLayout layout;

    WebSudoServlet(AuthenticationManager passwords, PageLayout layout) {
        this.passwords = passwords;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RequestUser.of(request).isEmpty()) {
            Responses.toLogin(request, response);
            return;
        }
        form(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!XsrfTokens.validFormToken(request)
                || !passwordConfirmed(user.get(), request.getParameter("password"))) {
            form(request, response, true);
            return;
        }
        WebSudo.start(request);
        Responses.redirect(request, response, request.getParameter("destination"));
    }

    private boolean passwordConfirmed(User user, String password) {
        try {
            passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.username(), password));
            return true;
        } catch (BadCredentialsException refused) {
            return false;
        }
    }

    private void form(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        String destination = request.getParameter("destination");
        String content = layout.content(request, "websudo.vm",
                new WebSudoView(failed, XsrfTokens.token(request), destination == null ? "" : destination));
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(PageLayout.texts().get("websudo.title"), content)));
    }
}
