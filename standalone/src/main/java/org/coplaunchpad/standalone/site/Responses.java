package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Small response helpers the site's servlets share. */
final class Responses {
    private Responses() {
    }

    static void html(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A context-relative destination after login or a form post; anything that could leave the site
     * ("//evil", "http:...") falls back to the dashboard.
     */
    static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.contains("\\") || destination.contains("\r") || destination.contains("\n")) {
            return "/dashboard.action";
        }
        return destination;
    }

    static void redirect(HttpServletRequest request, HttpServletResponse response, String contextRelative)
            throws IOException {
        response.sendRedirect(request.getContextPath() + safeDestination(contextRelative));
    }

    /**
     * Confluence's answer to an anonymous visitor of a page that needs a user: the login page, coming back here after
     * (a form post cannot be repeated, so it comes back to the dashboard).
     */
    static void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = "GET".equals(request.getMethod()) ? here(request) : "/dashboard.action";
        response.sendRedirect(request.getContextPath() + "/login.action?os_destination=" + StorageLinks.encode(back));
    }

    /** The current request as a context-relative destination (for os_destination). */
    static String here(HttpServletRequest request) {
        return org.coplaunchpad.standalone.hosting.HostPaths.here(request);
    }
}
