package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

/**
 * confluence-api.md §2.5 XsrfTokenValidator (interface); VERIFIED.md §3. Confluence 10 flavour (jakarta); the
 * Confluence 9 artifact is transformed to javax.
 */
public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);
}
