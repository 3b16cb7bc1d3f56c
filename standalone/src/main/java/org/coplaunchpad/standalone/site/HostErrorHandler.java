package org.coplaunchpad.standalone.site;

import org.coplaunchpad.standalone.site.view.SiteTexts;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.StringUtil;

/**
 * The site's own error pages: the status and one sentence a person can act on, in their language. An exception
 * (with its message, perhaps SQL) is never shown, as Confluence never shows it; a message the site itself gave
 * with sendError ("locale must be fr or en") is.
 */
final class HostErrorHandler extends ErrorHandler {
    HostErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        // The browser's language: the user's own setting is in the database, which may be what failed.
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
        boolean failed = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null || code >= 500;
        String sentence = failed ? SiteTexts.of(locale).get(code == 503 ? "error.unavailable" : "error.failed")
                : message == null || message.isBlank() ? "" : message;
        String title = code + " " + HttpStatus.getMessage(code);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + ("fr".equals(locale.getLanguage()) ? "fr" : "en")
                + "\"><head><meta charset=\"utf-8\"><title>" + StringUtil.sanitizeXmlString(title) + "</title></head>"
                + "<body><h1>" + StringUtil.sanitizeXmlString(title) + "</h1><p class=\"error-message\">"
                + StringUtil.sanitizeXmlString(sentence) + "</p></body></html>");
        out.flush();
    }

    @Override
    protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message,
                                              String contentType) throws IOException {
        generateAcceptableResponse(baseRequest, request, response, code, message);
    }
}
