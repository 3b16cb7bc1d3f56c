package org.coplaunchpad.standalone.hosting.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.coplaunchpad.standalone.hosting.HostPaths;

/**
 * Secure administrator sessions (WebSudo): after re-entering their password on /authenticate.action, a user may
 * use administrative functions for a while. The SAL WebSudoManager host service and the host's own admin pages
 * use this one class.
 */
public final class WebSudo {
    public static final Duration DURATION = Duration.ofMinutes(10);
    private static final String ATTRIBUTE = "host.websudo.until";

    private WebSudo() {
    }

    public static boolean active(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object until = session == null ? null : session.getAttribute(ATTRIBUTE);
        return until instanceof Instant instant && Instant.now().isBefore(instant);
    }

    public static void start(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, Instant.now().plus(DURATION));
    }

    /** Sends the user to /authenticate.action, and back to this request's page once they confirmed their password. */
    public static void requireAuthentication(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.sendRedirect(authenticateUrl(request, HostPaths.here(request)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where to send a user who needs WebSudo for {@code destination} (a context-relative path). */
    public static String authenticateUrl(HttpServletRequest request, String destination) {
        return request.getContextPath() + "/authenticate.action?destination="
                + java.net.URLEncoder.encode(destination, java.nio.charset.StandardCharsets.UTF_8);
    }
}
