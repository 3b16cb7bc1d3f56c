package org.coplaunchpad.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coplaunchpad.macro.MacroErrorView;
import org.coplaunchpad.macro.MacroTemplates;

/** How the app's page servlets answer: HTML pages, CSV downloads, login redirects and error pages. */
public final class PageResponses {
    static final String ERROR_TEMPLATE = "templates/page-error.vm";

    private PageResponses() {
    }

    public static void html(HttpServletResponse response, int status, String html) throws IOException {
        noStore(response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    public static void csv(HttpServletResponse response, String fileName, byte[] csv) throws IOException {
        noStore(response);
        response.setStatus(200);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }

    /** Anonymous visitors are sent to Confluence's login page, and back here afterwards. */
    public static void redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                       LoginUriProvider loginUriProvider) throws IOException {
        String query = request.getQueryString();
        URI back = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        response.sendRedirect(loginUriProvider.getLoginUri(back).toString());
    }

    public static void error(HttpServletResponse response, MacroTemplates templates, int status, String title,
                             String message) throws IOException {
        noStore(response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(ERROR_TEMPLATE, Map.of("error", new MacroErrorView(title, message))));
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
}
