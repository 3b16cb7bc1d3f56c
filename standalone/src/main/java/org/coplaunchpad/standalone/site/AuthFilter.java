package org.coplaunchpad.standalone.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;
import org.coplaunchpad.standalone.hosting.services.HostServiceCatalog;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;

/**
 * Who is asking, for every request: the session's user (form login), or HTTP Basic credentials for scripts
 * (wrong credentials get 401, as Confluence's Seraph answers). The user and their locale are then visible to
 * the host services for the rest of the request.
 */
final class AuthFilter extends HttpFilter {
    static final String SESSION_USER = "host.username";

    private final UserStore users;

    AuthFilter(UserStore users) {
        this.users = users;
    }

    static Optional<User> user(HttpServletRequest request) {
        return RequestUser.of(request);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Optional<User> user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).trim());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Confluence\"");
                response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Basic authentication failed");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            user = users.find(session == null ? null : (String) session.getAttribute(SESSION_USER));
        }
        RequestUser.set(request, user);
        CurrentRequest current = new CurrentRequest(user,
                user.map(User::locale).orElse(HostServiceCatalog.SITE_DEFAULT_LOCALE));
        try {
            CurrentRequest.with(current, () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new WrappedServletException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw (ServletException) e.getCause();
        }
    }

    private Optional<User> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }
}
