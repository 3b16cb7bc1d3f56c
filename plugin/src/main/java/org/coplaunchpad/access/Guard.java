package org.coplaunchpad.access;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.TreeSet;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;
import org.coplaunchpad.web.ApiResponse;
import org.coplaunchpad.web.PageResponses;
import org.springframework.stereotype.Component;

/**
 * The checks every endpoint passes, in one fixed order, each answering in the endpoint's kind (JSON or page):
 * <ol>
 *   <li>the viewer: anonymous → 401 (JSON) or the login page, and back afterwards (pages);</li>
 *   <li>every POST carries a valid {@code atl_token} → else 403 (Confluence 9+ does not check servlets' tokens);</li>
 *   <li>the method is one the endpoint accepts → else 405 with {@code Allow};</li>
 *   <li>the permission the endpoint declares, asked of {@link AccessPolicy} → else 403 (400/404 without a space);</li>
 *   <li>WebSudo where the endpoint declares it, last, so that nobody confirms a password only to be refused.</li>
 * </ol>
 * Only {@link GuardedServlet} calls it.
 */
@Component
public class Guard {
    private final AccessPolicy accessPolicy;
    private final ViewerTexts viewerTexts;
    private final MacroTemplates templates;
    private final SpaceManager spaceManager;
    private final XsrfTokenValidator xsrfTokenValidator;
    private final WebSudoManager webSudoManager;
    private final LoginUriProvider loginUriProvider;

    public Guard(AccessPolicy accessPolicy, ViewerTexts viewerTexts, MacroTemplates templates,
                 @ComponentImport SpaceManager spaceManager, @ComponentImport XsrfTokenValidator xsrfTokenValidator,
                 @ComponentImport WebSudoManager webSudoManager, @ComponentImport LoginUriProvider loginUriProvider) {
        this.accessPolicy = accessPolicy;
        this.viewerTexts = viewerTexts;
        this.templates = templates;
        this.spaceManager = spaceManager;
        this.xsrfTokenValidator = xsrfTokenValidator;
        this.webSudoManager = webSudoManager;
        this.loginUriProvider = loginUriProvider;
    }

    /** What the handler may use when every check passed; empty when the guard has already answered. */
    Optional<Granted> admit(Endpoint endpoint, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Texts texts = viewerTexts.current();
        Viewer signedIn = accessPolicy.viewer();
        if (signedIn.isAnonymous()) {
            if (endpoint.kind() == Endpoint.Kind.JSON) {
                refuse(endpoint, response, texts, 401, null, texts.get(endpoint.text("login")));
            } else {
                redirectToLogin(request, response);
            }
            return Optional.empty();
        }
        if ("POST".equals(request.getMethod()) && !xsrfTokenValidator.validateFormEncodedToken(request)) {
            refuse(endpoint, response, texts, 403, "atl_token", texts.get(endpoint.text("token")));
            return Optional.empty();
        }
        if (!endpoint.methods().contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", new TreeSet<>(endpoint.methods())));
            refuse(endpoint, response, texts, 405, null, texts.get(endpoint.text("method")));
            return Optional.empty();
        }
        // Looked up once here: the permission below and the handler's own checks (the page, the mode) reuse the user.
        Viewer viewer = accessPolicy.lookedUp(signedIn);
        Optional<Space> space = Optional.empty();
        if (endpoint.permission() == Permission.SPACE_ADMINISTRATOR) {
            String spaceKey = Optional.ofNullable(request.getParameter("spaceKey")).map(String::trim).orElse("");
            if (spaceKey.isEmpty()) {
                refuse(endpoint, response, texts, 400, "spaceKey", texts.get(endpoint.text("space-key")));
                return Optional.empty();
            }
            space = Optional.ofNullable(spaceManager.getSpace(spaceKey));
            if (space.isEmpty()) {
                refuse(endpoint, response, texts, 404, "spaceKey", texts.get(endpoint.text("no-space"), spaceKey));
                return Optional.empty();
            }
        }
        if (!permitted(endpoint.permission(), viewer, space)) {
            refuse(endpoint, response, texts, 403, null, texts.get(endpoint.text("forbidden")));
            return Optional.empty();
        }
        if (endpoint.webSudo() && !webSudoManager.canExecuteRequest(request)) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return Optional.empty();
        }
        return Optional.of(new Granted(viewer, texts, space));
    }

    private boolean permitted(Permission permission, Viewer viewer, Optional<Space> space) {
        return switch (permission) {
            case MEMBER -> accessPolicy.isMember(viewer);
            case SPACE_ADMINISTRATOR -> accessPolicy.mayAdministerSpace(viewer, space.orElseThrow());
            case CONFLUENCE_ADMINISTRATOR -> accessPolicy.isConfluenceAdministrator(viewer);
        };
    }

    /**
     * The answers could not be reached: 503 with a short message, never the database's own words. Handlers read
     * before they write, so there is nothing to take back but a buffer; headers (a session cookie) are kept.
     */
    void unavailable(Endpoint endpoint, HttpServletResponse response, Texts texts) throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        response.setHeader("Retry-After", "30");
        refuse(endpoint, response, texts, 503, null, texts.get(endpoint.text("unavailable")));
    }

    private void refuse(Endpoint endpoint, HttpServletResponse response, Texts texts, int status, String field,
                        String message) throws IOException {
        if (endpoint.kind() == Endpoint.Kind.JSON) {
            PageResponses.json(response, ApiResponse.error(status, field, message));
        } else {
            PageResponses.error(response, templates, status, texts.get(endpoint.text("title")), message);
        }
    }

    /** Anonymous visitors are sent to Confluence's login page, and back here afterwards. */
    private void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        URI back = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        response.sendRedirect(loginUriProvider.getLoginUri(back).toString());
    }
}
