package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.security.WebSudo;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.hosting.services.HostUserRemoval;
import org.coplaunchpad.standalone.site.view.RemoveUserView;
import org.coplaunchpad.standalone.site.view.UsersView;

/**
 * Confluence's user administration, the part a test of the app needs (deleting a member): the users
 * ({@value #BROWSE_PATH}), the confirmation ({@value #REMOVE_PATH}{@code ?username=}) and the deletion (POST
 * {@value #DO_REMOVE_PATH} with {@code username} and {@code atl_token}), done by {@link HostUserRemoval}. As on
 * Confluence's administration pages: an anonymous visitor goes to the login page, a POST without the session's
 * atl_token is refused (403), other users than Confluence administrators are refused (403), then WebSudo (a POST
 * without it is sent to confirm the password and back to the confirmation). Confluence runs the deletion as a
 * long-running task with a progress page; the host deletes at once and goes back to the users.
 */
final class UserAdministrationServlet extends ComposeServlet {
    static final String BROWSE_PATH = "/admin/users/browseusers.action";
    static final String REMOVE_PATH = "/admin/users/removeuser.action";
    static final String DO_REMOVE_PATH = "/admin/users/doremoveuser.action";

    UserAdministrationServlet(SiteContext site, PageLayout layout) {
        super(site, layout);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (DO_REMOVE_PATH.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Optional<User> administrator = administrator(request, response, Responses.here(request));
        if (administrator.isEmpty()) {
            return;
        }
        if (BROWSE_PATH.equals(request.getServletPath())) {
            browse(request, response, administrator.get());
        } else {
            confirm(request, response, administrator.get(), parameter(request));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!DO_REMOVE_PATH.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String username = parameter(request);
        Optional<User> administrator = administrator(request, response, confirmation(username));
        if (administrator.isEmpty()) {
            return;
        }
        switch (site.userRemoval().remove(administrator.get(), username)) {
            case REMOVED -> Responses.redirect(request, response, BROWSE_PATH + "?removed=" + StorageLinks.encode(username));
            case NO_SUCH_USER -> notFound(request, response);
            case REMOVING_YOURSELF -> message(request, response, HttpServletResponse.SC_FORBIDDEN,
                    text("users.remove.yourself"));
            case NOT_PERMITTED -> notPermitted(request, response);
        }
    }

    /**
     * The signed-in Confluence administrator in a WebSudo session, or empty once the request is answered: the login
     * page, 403 for a POST without atl_token or for anyone else, or the password confirmation and back to
     * {@code sudoDestination}.
     */
    private Optional<User> administrator(HttpServletRequest request, HttpServletResponse response,
                                         String sudoDestination) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty() || "POST".equals(request.getMethod()) && !validToken(request, response)) {
            return Optional.empty();
        }
        if (!site.permissions().isConfluenceAdministrator(user)) {
            message(request, response, HttpServletResponse.SC_FORBIDDEN, text("users.admins.only"));
            return Optional.empty();
        }
        if (!WebSudo.active(request)) {
            response.sendRedirect(WebSudo.authenticateUrl(request, sudoDestination));
            return Optional.empty();
        }
        return user;
    }

    private void browse(HttpServletRequest request, HttpServletResponse response, User administrator)
            throws IOException {
        String ctx = request.getContextPath();
        var rows = site.users().active().stream()
                .map(user -> new UsersView.Row(user.username(), user.fullName(), user.email(),
                        user.username().equals(administrator.username()) ? "" : ctx + confirmation(user.username())))
                .toList();
        // Said only of a user who really is removed now, whatever the link says.
        String removed = Optional.ofNullable(request.getParameter("removed"))
                .filter(name -> site.users().find(name).isEmpty() && site.users().findByKey(name).isPresent())
                .map(name -> text("users.removed", name)).orElse("");
        screen(request, response, HttpServletResponse.SC_OK, text("users"), Optional.empty(), null, "users.vm",
                new UsersView(rows, removed));
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response, User administrator,
                         String username) throws IOException {
        Optional<User> target = site.users().find(username);
        if (target.isEmpty()) {
            notFound(request, response);
        } else if (target.get().username().equals(administrator.username())) {
            message(request, response, HttpServletResponse.SC_FORBIDDEN, text("users.remove.yourself"));
        } else if (!site.permissions().canRemoveUser(Optional.of(administrator), target.get())) {
            notPermitted(request, response);
        } else {
            String ctx = request.getContextPath();
            screen(request, response, HttpServletResponse.SC_OK, text("users.remove.heading", target.get().fullName()),
                    Optional.empty(), null, "remove-user.vm", new RemoveUserView(ctx + DO_REMOVE_PATH,
                            XsrfTokens.token(request), target.get().username(), target.get().fullName(),
                            ctx + BROWSE_PATH));
        }
    }

    private static String confirmation(String username) {
        return REMOVE_PATH + "?username=" + StorageLinks.encode(username);
    }

    private static String parameter(HttpServletRequest request) {
        return Optional.ofNullable(request.getParameter("username")).map(String::trim).orElse("");
    }
}
