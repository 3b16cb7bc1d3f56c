package org.coplaunchpad.standalone.site;

import org.coplaunchpad.standalone.site.view.LoginView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;

/**
 * Confluence's login: the form at /login.action posts os_username, os_password and os_destination to
 * /dologin.action. A failed login shows the form again with X-Seraph-LoginReason: AUTHENTICATION_DENIED.
 */
final class LoginServlet extends HttpServlet {
    private final UserStore users;
    private final PageLayout layout;

    LoginServlet(UserStore users, PageLayout layout) {
        this.users = users;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().equals("/dologin.action")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Optional<User> user = users.authenticate(request.getParameter("os_username"), request.getParameter("os_password"));
        if (user.isEmpty()) {
            response.setHeader("X-Seraph-LoginReason", "AUTHENTICATION_DENIED");
            form(request, response, true);
            return;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation
        request.getSession().setAttribute(AuthFilter.SESSION_USER, user.get().username());
        response.setHeader("X-Seraph-LoginReason", "OK");
        Responses.redirect(request, response, request.getParameter("os_destination"));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        String destination = request.getParameter("os_destination");
        LoginView view = new LoginView(failed, failed ? Objects.toString(request.getParameter("os_username"), "") : "",
                Objects.toString(destination, ""));
        Responses.html(response, HttpServletResponse.SC_OK, layout.render(request, PageLayout.Screen.plain(
                PageLayout.texts().get("login.title"), layout.content(request, "login.vm", view))));
    }
}
