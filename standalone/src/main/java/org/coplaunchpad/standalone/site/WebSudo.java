package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;

/**
 * Secure administrator sessions (WebSudo): after re-entering their password on /authenticate.action, a user may
 * use administrative functions for a while. The SAL WebSudoManager host service will be built on this.
 */
public final class WebSudo {
    static final Duration DURATION = Duration.ofMinutes(10);
    private static final String ATTRIBUTE = "host.websudo.until";

    private WebSudo() {
    }

    public static boolean active(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object until = session == null ? null : session.getAttribute(ATTRIBUTE);
        return until instanceof Instant instant && Instant.now().isBefore(instant);
    }

    static void start(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, Instant.now().plus(DURATION));
    }

    /** Where to send a user who needs WebSudo for {@code destination} (a context-relative path). */
    public static String authenticateUrl(HttpServletRequest request, String destination) {
        return request.getContextPath() + "/authenticate.action?destination="
                + java.net.URLEncoder.encode(destination, java.nio.charset.StandardCharsets.UTF_8);
    }
}
