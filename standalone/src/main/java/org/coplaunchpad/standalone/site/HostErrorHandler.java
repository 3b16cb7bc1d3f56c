package org.coplaunchpad.standalone.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.coplaunchpad.standalone.site.view.ErrorPageView;
import org.coplaunchpad.standalone.site.view.SiteTemplates;
import org.coplaunchpad.standalone.site.view.SiteTexts;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The site's own error pages: the status and one sentence a person can act on, in their language. An exception
 * (with its message, perhaps SQL) is never shown, as Confluence never shows it; a message the site itself gave
 * with sendError ("locale must be fr or en") is.
 */
final class HostErrorHandler extends ErrorHandler {
    private final SiteTemplates templates;

    HostErrorHandler(SiteTemplates templates) {
        this.templates = templates;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        // The browser's language: the user's own setting is in the database, which may be what failed.
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
        SiteTexts texts = SiteTexts.of(locale);
        boolean failed = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null || code >= 500;
        String sentence = failed ? texts.get(code == 503 ? "error.unavailable" : "error.failed")
                : message == null || message.isBlank() ? "" : message;
        ErrorPageView page = new ErrorPageView(texts.language(), code + " " + HttpStatus.getMessage(code), sentence);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write(templates.render("error.vm", page, texts, request.getContextPath()));
        out.flush();
    }

    @Override
    protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message,
                                              String contentType) throws IOException {
        generateAcceptableResponse(baseRequest, request, response, code, message);
    }
}
