package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.hosting.security.RequestUser;

/** POST /users/locale (locale=fr|en, atl_token): the user's language, kept in their profile as in Confluence. */
final class LocaleServlet extends HttpServlet {
    private final UserStore users;

    LocaleServlet(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!XsrfTokens.validFormToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "XSRF check failed");
            return;
        }
        String tag = request.getParameter("locale");
        if (!"fr".equals(tag) && !"en".equals(tag)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "locale must be fr or en");
            return;
        }
        users.setLocale(user.get().username(), Locale.forLanguageTag(tag));
        Responses.redirect(request, response, request.getParameter("os_destination"));
    }
}
