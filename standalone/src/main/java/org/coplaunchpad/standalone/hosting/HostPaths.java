package org.coplaunchpad.standalone.hosting;

import jakarta.servlet.http.HttpServletRequest;

/** Where the host serves Confluence, as a Confluence installed under /confluence: the site and SAL's login URI use it. */
public final class HostPaths {
    public static final String CONTEXT_PATH = "/confluence";

    private HostPaths() {
    }

    /** The request's path and query, relative to the context: where to come back to after a login or WebSudo. */
    public static String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
