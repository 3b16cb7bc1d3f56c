package org.coplaunchpad.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coplaunchpad.macro.MacroErrorView;
import org.coplaunchpad.macro.MacroTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the app's servlets answer: HTML pages, CSV downloads, JSON and error pages, never cached or sniffed. */
public final class PageResponses {
    static final String ERROR_TEMPLATE = "templates/page-error.vm";
    private static final Logger LOG = LoggerFactory.getLogger(PageResponses.class);

    private PageResponses() {
    }

    public static void html(HttpServletResponse response, int status, String html) throws IOException {
        noStore(response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    public static void csv(HttpServletResponse response, String fileName, byte[] csv) throws IOException {
        csvHeaders(response, fileName);
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }

    /** What a streamed download writes to the response, piece by piece, as it reads it. */
    @FunctionalInterface
    public interface Streamed {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * A CSV download written as it is read (no length: the container sends it in chunks), with the headers of
     * {@link #csv(HttpServletResponse, String, byte[])}. A failure before anything was sent takes the response back
     * and goes on to the caller (the guard answers 503 for a store that cannot be reached). Once the first bytes
     * have left, no status can change any more: the failure is logged and the response aborted with an
     * IOException, so that the container closes the connection before the last chunk and the browser reports a
     * failed download instead of keeping a file cut short.
     */
    public static void csv(HttpServletResponse response, String fileName, Streamed csv) throws IOException {
        csvHeaders(response, fileName);
        Writer out = response.getWriter();
        try {
            csv.writeTo(out);
            out.flush();
        } catch (UncheckedIOException e) {
            // Writing failed: the viewer went away, or the connection broke; there is no one to answer.
            throw e.getCause();
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                response.reset();
                throw e;
            }
            // The failure is logged, never what was written before it (a reasons download names members).
            LOG.warn("CoP Launchpad: a CSV download ({}) stopped part way; its connection is closed", fileName, e);
            throw new IOException("CSV download " + fileName + " stopped part way (logged above)");
        }
    }

    private static void csvHeaders(HttpServletResponse response, String fileName) {
        noStore(response);
        response.setStatus(200);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
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
