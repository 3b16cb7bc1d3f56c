package org.coplaunchpad.standalone.site.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;
import org.coplaunchpad.standalone.hosting.services.HostServiceCatalog;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The host's part, once Spring Security knows who is asking (session or HTTP Basic): that user as the host knows
 * them, read again on every request so that a language switch shows at once, where the host's checks
 * ({@link RequestUser}) and services ({@link CurrentRequest}: user and locale) find it for the rest of the request,
 * as Seraph and Confluence's AuthenticatedUserThreadLocal leave it.
 */
final class SignedInUserFilter extends HttpFilter {
    private final UserStore users;

    SignedInUserFilter(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<User> user = signedIn().flatMap(users::find);
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

    private static Optional<String> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }
}
