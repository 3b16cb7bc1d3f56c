package org.coplaunchpad.standalone.hosting.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.services.HostLoginUriProvider;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.User;

/**
 * Confluence 9+'s check of an app servlet's {@code com.atlassian.annotations.security} annotation, made before the
 * servlet runs. The rules and the lookup (the method, then the class, then the package; the first annotation of
 * {@link Access}'s order wins) are those of Confluence's REST module ({@code AuthenticatedResourceFilter},
 * {@code AnnotationUtils}); an unannotated servlet is for licensed users only (since 9.0). How Confluence answers a
 * refusal on a servlet is UNCONFIRMED (VERIFIED.md, issue 9): anonymous → the login page (GET, HEAD) or 401, signed in → 403,
 * with the REST module's words; a client that asks for JSON (as the app's page script does) gets them as the REST
 * module's {@code Status} entity ({@code status-code}, {@code message}), others as plain text.
 */
public final class ServletAccessCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The annotations in the order Confluence's REST module looks for them. */
    enum Access {
        SYSTEM_ADMIN_ONLY("SystemAdminOnly"), ADMIN_ONLY("AdminOnly"), LICENSED_ONLY("LicensedOnly"),
        UNLICENSED_SITE_ACCESS("UnlicensedSiteAccess"), ANONYMOUS_SITE_ACCESS("AnonymousSiteAccess"),
        UNRESTRICTED_ACCESS("UnrestrictedAccess");

        private final String annotation;

        Access(String simpleName) {
            this.annotation = "com.atlassian.annotations.security." + simpleName;
        }
    }

    private final Class<? extends HttpServlet> servletClass;
    private final Permissions permissions;

    public ServletAccessCheck(Class<? extends HttpServlet> servletClass, Permissions permissions) {
        this.servletClass = servletClass;
        this.permissions = permissions;
    }

    /** The access the servlet declares for an HTTP method: its doXxx or service method's, its class's, its package's. */
    static Access declared(Class<? extends HttpServlet> servletClass, String httpMethod) {
        List<AnnotatedElement> places = new java.util.ArrayList<>();
        handler(servletClass, "do" + httpMethod.charAt(0) + httpMethod.substring(1).toLowerCase(Locale.ROOT))
                .ifPresent(places::add);
        handler(servletClass, "service").ifPresent(places::add);
        places.add(servletClass);
        if (servletClass.getPackage() != null) {
            places.add(servletClass.getPackage());
        }
        for (AnnotatedElement place : places) {
            Optional<Access> access = annotated(place);
            if (access.isPresent()) {
                return access.get();
            }
        }
        return Access.LICENSED_ONLY;
    }

    boolean allows(Access access, Optional<User> user) {
        return switch (access) {
            case SYSTEM_ADMIN_ONLY -> permissions.isSystemAdministrator(user);
            case ADMIN_ONLY -> permissions.isSystemAdministrator(user) || permissions.isConfluenceAdministrator(user);
            case LICENSED_ONLY, UNLICENSED_SITE_ACCESS -> permissions.isLicensed(user);
            case ANONYMOUS_SITE_ACCESS -> user.isEmpty() ? permissions.anonymousAccessEnabled() : permissions.isLicensed(user);
            case UNRESTRICTED_ACCESS -> true;
        };
    }

    /** True when the request may reach the servlet; otherwise the refusal has been sent. */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        if (allows(declared(servletClass, request.getMethod()), user)) {
            return true;
        }
        if (user.isEmpty() && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            // The login page and back, as SAL's LoginUriProvider gives it (absolute, from the site's base URL).
            String here = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(new HostLoginUriProvider().getLoginUri(URI.create(here)).toString());
            return false;
        }
        int status = user.isEmpty() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN;
        String message = user.isEmpty() ? "Client must be authenticated to access this resource."
                : "You do not have permission to access this resource.";
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (acceptsJson(request)) {
            response.setContentType("application/json;charset=UTF-8");
            JSON.writeValue(response.getWriter(), new Status(status, message));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(message);
        }
        return false;
    }

    /** The REST module's {@code Status} entity, as Confluence's REST module writes a refusal. */
    private record Status(@JsonProperty("status-code") int statusCode, String message) {
    }

    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    private static Optional<Method> handler(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != HttpServlet.class; c = c.getSuperclass()) {
            try {
                return Optional.of(c.getDeclaredMethod(name, HttpServletRequest.class, HttpServletResponse.class));
            } catch (NoSuchMethodException e) {
                // Not overridden here: look further up.
            }
        }
        return Optional.empty();
    }

    private static Optional<Access> annotated(AnnotatedElement place) {
        for (Access access : Access.values()) {
            for (var annotation : place.getAnnotations()) {
                if (annotation.annotationType().getName().equals(access.annotation)) {
                    return Optional.of(access);
                }
            }
        }
        return Optional.empty();
    }
}
