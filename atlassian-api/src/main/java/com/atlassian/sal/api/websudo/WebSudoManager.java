package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * confluence-api.md §2.5 WebSudoManager (interface); VERIFIED.md §3. Confluence 10 flavour (jakarta); the
 * Confluence 9 artifact is transformed to javax.
 */
public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
