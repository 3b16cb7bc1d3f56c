package org.coplaunchpad.checklist;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;
import org.coplaunchpad.web.ApiResponse;

/**
 * {@code POST /plugins/servlet/cop-launchpad/answers}: records a tick. Servlets are not XSRF-protected by
 * Confluence 9+ unless they check themselves, so this one validates {@code atl_token} before anything else.
 */
@LicensedOnly
public class AnswerServlet extends HttpServlet {
    private final TickService tickService;
    private final AccessPolicy accessPolicy;
    private final ViewerTexts viewerTexts;
    private final XsrfTokenValidator xsrfTokenValidator;

    public AnswerServlet(TickService tickService, AccessPolicy accessPolicy, ViewerTexts viewerTexts,
                         @ComponentImport XsrfTokenValidator xsrfTokenValidator) {
        this.tickService = tickService;
        this.accessPolicy = accessPolicy;
        this.viewerTexts = viewerTexts;
        this.xsrfTokenValidator = xsrfTokenValidator;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = viewerTexts.current();
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            write(response, ApiResponse.error(405, null, texts.get("cop-launchpad.answers.error.method")));
            return;
        }
        Viewer viewer = accessPolicy.viewer();
        if (viewer.isAnonymous()) {
            write(response, ApiResponse.error(401, null, texts.get("cop-launchpad.answers.error.login")));
            return;
        }
        if (!xsrfTokenValidator.validateFormEncodedToken(request)) {
            write(response, ApiResponse.error(403, "atl_token", texts.get("cop-launchpad.answers.error.token")));
            return;
        }
        write(response, tickService.tick(viewer.key(), new TickService.TickForm(
                request.getParameter("spaceKey"), request.getParameter("pageId"), request.getParameter("checklist"),
                request.getParameter("item"), request.getParameter("checked")), texts));
    }

    private static void write(HttpServletResponse response, ApiResponse answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(answer.json());
    }
}
