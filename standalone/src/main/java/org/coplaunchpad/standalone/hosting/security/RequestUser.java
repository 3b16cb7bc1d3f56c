package org.coplaunchpad.standalone.hosting.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.coplaunchpad.standalone.data.User;

/**
 * Where a request carries its authenticated user, as Confluence's Seraph leaves it for what runs after it: the
 * site's login filter puts it there, the host's checks (servlet security annotations) read it. Owned by hosting so
 * that those checks need nothing of the site.
 */
public final class RequestUser {
    private static final String ATTRIBUTE = "host.user";

    private RequestUser() {
    }

    @SuppressWarnings("unchecked")
    public static Optional<User> of(HttpServletRequest request) {
        return (Optional<User>) request.getAttribute(ATTRIBUTE);
    }

    public static void set(HttpServletRequest request, Optional<User> user) {
        request.setAttribute(ATTRIBUTE, user);
    }
}
