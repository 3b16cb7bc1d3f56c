package org.coplaunchpad.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coplaunchpad.macro.MacroErrorView;
import org.coplaunchpad.macro.MacroTemplates;

/** How the app's servlets answer: HTML pages, CSV downloads, JSON and error pages, never cached or sniffed. */
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

    /** A JSON answer: {@code {"status": …, "field": …, "message": …}} for errors, the endpoint's fields otherwise. */
    public static void json(HttpServletResponse response, ApiResponse answer) throws IOException {
        noStore(response);
        response.setStatus(answer.status());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(answer.json());
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
