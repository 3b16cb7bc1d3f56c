package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * confluence-api.md §2.5 XsrfTokenAccessor (interface); VERIFIED.md §3: the token a form must post back as atl_token.
 * Confluence 10 flavour (jakarta); the Confluence 9 artifact is transformed to javax.
 */
public interface XsrfTokenAccessor {
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
