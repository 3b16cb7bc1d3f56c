package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.WebSudo;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;
import org.coplaunchpad.standalone.site.view.WebSudoView;

/** /authenticate.action: re-enter the password to start a secure administrator session (WebSudo). */
final class WebSudoServlet extends HttpServlet {
    private final UserStore users;
    private final PageLayout layout;

    WebSudoServlet(UserStore users, PageLayout layout) {
        this.users = users;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AuthFilter.user(request).isEmpty()) {
            Responses.redirect(request, response, "/login.action?os_destination="
                    + StorageLinks.encode(Responses.here(request)));
            return;
        }
        form(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = AuthFilter.user(request);
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!XsrfTokens.validFormToken(request)
                || users.authenticate(user.get().username(), request.getParameter("password")).isEmpty()) {
            form(request, response, true);
            return;
        }
        WebSudo.start(request);
        Responses.redirect(request, response, request.getParameter("destination"));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        String destination = request.getParameter("destination");
        String content = layout.content(request, "websudo.vm",
                new WebSudoView(failed, XsrfTokens.token(request), destination == null ? "" : destination));
        Responses.html(response, HttpServletResponse.SC_OK,
                layout.render(request, PageLayout.Screen.plain(PageLayout.texts().get("websudo.title"), content)));
    }
}
